using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Conversations.Merchant;

/// <summary>The whole chat of one conversation in order: the shopper's messages, the bot's and the team's answers.</summary>
public sealed record GetConversationHistory(Guid ConversationId, int Limit = 200) : IQuery<Result<ConversationHistory>>;

public sealed record ConversationHistory(ConversationDto Conversation, IReadOnlyList<HistoryEntry> Entries);

/// <param name="From">"shopper", "bot" or "person".</param>
/// <param name="Photos">Ids of the shopper's stored photos (<c>GET /api/v1/conversations/{id}/photos/{photoId}</c>).</param>
public sealed record HistoryEntry(string From, DateTimeOffset At, string Text, IReadOnlyList<long> Photos);

public sealed class GetConversationHistoryHandler(ICommerceDbContext db) : IRequestHandler<GetConversationHistory, Result<ConversationHistory>>
{
    public async Task<Result<ConversationHistory>> Handle(GetConversationHistory request, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.ConversationId, cancellationToken);
        if (conversation is null)
            return Error.NotFound("Conversation", request.ConversationId);
        var limit = Math.Clamp(request.Limit, 1, 1000);

        var key = InboxMessage.KeyOf(conversation.Channel, conversation.SenderId);
        var inbound = await db.InboxMessages.AsNoTracking()
            .Where(m => m.ConversationKey == key)
            .OrderByDescending(m => m.Id).Take(limit)
            .Select(m => m.Message)
            .ToListAsync(cancellationToken);
        var outbound = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ConversationId == conversation.Id)
            .OrderByDescending(m => m.Id).Take(limit)
            .Select(m => new { m.Kind, m.CreatedAt, m.Reply })
            .ToListAsync(cancellationToken);

        var photos = (await db.ConversationAttachments.AsNoTracking()
                .Where(a => a.ConversationKey == key && a.Content != null)
                .Select(a => new { a.Id, a.PlatformMessageId })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.PlatformMessageId, a => a.Id);
        var entries = inbound
            .Select(m => new HistoryEntry("shopper", m.Timestamp, ShopperText(m), photos[m.PlatformMessageId].ToList()))
            .Concat(outbound.Select(m => new HistoryEntry(m.Kind == OutboxMessage.PersonKind ? "person" : "bot", m.CreatedAt, ReplyText(m.Reply), [])))
            .OrderBy(e => e.At)
            .TakeLast(limit)
            .ToList();
        return new ConversationHistory(ConversationDto.From(conversation), entries);
    }

    private static string ShopperText(InboundMessage message) =>
        message.Text ?? (message.Payload is { } payload ? $"[{payload}]" : message.Attachments is { Count: > 0 } ? "" : "");

    /// <summary>What the shopper read: texts, card titles and prices, links, cart and receipt texts.</summary>
    private static string ReplyText(OutboundReply reply) => string.Join("\n", reply.Parts.Select(part => part switch
    {
        TextPart text => text.Text,
        CarouselPart carousel => string.Join("\n", carousel.Cards.Select(c => $"▸ {c.Title} · {c.Price}")),
        QuickRepliesPart quick => $"{quick.Text} ({string.Join(" | ", quick.Options.Select(o => o.Title))})",
        LinkPart link => $"{link.Text} → {link.Url}",
        CartPart cart => cart.Text,
        ReceiptPart receipt => receipt.Text,
        _ => "",
    }).Where(t => t.Length > 0));
}
