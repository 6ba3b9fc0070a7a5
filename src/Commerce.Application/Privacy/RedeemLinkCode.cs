using Commerce.Application.Abstractions;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Application.Privacy;

/// <summary>
/// A code from another chat, sent here: this chat (and any chats already linked to it) joins the shopper who asked for
/// the code — one cart, one order history. Unknown, expired and used codes are refused and change nothing.
/// </summary>
public sealed record RedeemLinkCode(Guid ConversationId, string Language, string Code) : IChatRequest;

public sealed class RedeemLinkCodeHandler(ICommerceDbContext db, IOptions<PrivacyOptions> options, TimeProvider clock)
    : IRequestHandler<RedeemLinkCode, OutboundReply>
{
    public async Task<OutboundReply> Handle(RedeemLinkCode request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var now = clock.GetUtcNow();
        var hash = LinkCode.Hash(request.Code);
        var link = await db.LinkCodes.FirstOrDefaultAsync(l => l.CodeHash == hash, cancellationToken);
        if (link is null)
            return Say(texts.LinkCodeUnknown);
        if (link.UsedAt is not null)
            return Say(texts.LinkCodeUsed);
        if (link.ExpiresAt <= now)
            return Say(string.Format(texts.LinkCodeExpired, (int)options.Value.LinkCodeLifetime.TotalMinutes));

        var here = (await db.Conversations.FindAsync([request.ConversationId], cancellationToken))!;
        var issuer = await db.Conversations.FirstOrDefaultAsync(c => c.Id == link.ConversationId, cancellationToken);
        if (issuer is null || issuer.ErasedAt is not null)
            return Say(texts.LinkCodeUnknown);
        link.Use(now);
        if (issuer.ShopperId == here.ShopperId)
            return Say(texts.LinkCodeSameChat);

        var joining = here.ShopperId;
        var target = issuer.ShopperId;
        var chats = await db.Conversations.Where(c => c.ShopperId == joining).ToListAsync(cancellationToken);
        if (!chats.Contains(here))
            chats.Add(here);
        foreach (var chat in chats)
            chat.LinkTo(target);
        await MergeCartsAsync(joining, target, now, cancellationToken);
        return Say(texts.LinkCodeLinked);
    }

    /// <summary>The joining chat's cart lines move into the shopper's cart; nothing already there is lost.</summary>
    private async Task MergeCartsAsync(Guid from, Guid into, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var source = await db.Carts.FirstOrDefaultAsync(c => c.ConversationId == from, cancellationToken);
        if (source is null)
            return;
        var target = await db.Carts.FirstOrDefaultAsync(c => c.ConversationId == into, cancellationToken);
        if (target is null)
        {
            target = Domain.Carts.Cart.For(into, now);
            db.Carts.Add(target);
        }

        foreach (var line in source.Lines)
        {
            // Stock is checked again at checkout; here only the cart's own limits apply.
            var room = Domain.Carts.Cart.MaxLineQuantity - target.QuantityOf(line.ProductId, line.VariantId);
            if (room > 0)
                target.Add(line.ProductId, line.VariantId, Math.Min(room, line.Quantity), int.MaxValue, now);
        }

        db.Carts.Remove(source);
    }

    private static OutboundReply Say(string text) => OutboundReply.Of(new TextPart(text));
}
