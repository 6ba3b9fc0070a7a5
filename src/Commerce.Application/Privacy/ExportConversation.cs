using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Application.Orders;
using Commerce.Domain.Common;
using Commerce.Domain.Conversations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Application.Privacy;

/// <summary>The merchant answers a shopper's access request: everything stored about them, as JSON.</summary>
public sealed record ExportConversation(Guid ConversationId) : IQuery<Result<ShopperExport>>;

public sealed class ExportConversationHandler(ICommerceDbContext db, IOptions<ShopOptions> shop, TimeProvider clock)
    : IRequestHandler<ExportConversation, Result<ShopperExport>>
{
    public async Task<Result<ShopperExport>> Handle(ExportConversation request, CancellationToken cancellationToken)
    {
        var start = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.ConversationId, cancellationToken);
        if (start is null)
            return Error.NotFound("Conversation", request.ConversationId);
        var chats = await db.Conversations.AsNoTracking()
            .Where(c => c.ShopperId == start.ShopperId || c.Id == start.Id)
            .OrderBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        var ids = chats.Select(c => c.Id).ToList();

        var conversations = new List<ExportedConversation>();
        foreach (var chat in chats)
            conversations.Add(await ExportAsync(chat, cancellationToken));

        var cartKeys = chats.Select(c => c.ShopperId).Distinct().ToList();
        var cart = await db.Carts.AsNoTracking().Where(c => cartKeys.Contains(c.ConversationId)).ToListAsync(cancellationToken);
        var orders = await db.Orders.AsNoTracking().Where(o => ids.Contains(o.ConversationId)).OrderBy(o => o.Number).ToListAsync(cancellationToken);
        var consents = chats.Where(c => c.OffersConsentAt is not null)
            .Select(c => new ExportedConsent("offers", c.Id, c.Channel.ToString(), c.OffersConsentAt!.Value))
            .ToList();

        return new ShopperExport(
            request.ConversationId,
            clock.GetUtcNow(),
            conversations,
            cart.SelectMany(c => c.Lines).Select(l => new ExportedCartLine(l.ProductId, l.VariantId, l.Quantity)).ToList(),
            orders.Select(OrderDto.From).ToList(),
            consents);
    }

    private async Task<ExportedConversation> ExportAsync(Conversation chat, CancellationToken cancellationToken)
    {
        var erased = chat.ErasedAt is not null;
        var key = InboxMessage.KeyOf(chat.Channel, chat.SenderId);
        var messages = new List<ExportedMessage>();
        var photos = new List<ExportedPhoto>();
        if (!erased)
        {
            var inbound = await db.InboxMessages.AsNoTracking().Where(m => m.ConversationKey == key).OrderBy(m => m.Id)
                .Select(m => new { m.Message, m.ReceivedAt }).ToListAsync(cancellationToken);
            messages.AddRange(inbound.Select(m => new ExportedMessage(
                "in", m.ReceivedAt, m.Message.Text, m.Message.Payload, m.Message.Attachments?.Select(a => a.Type).ToList(), null, null)));
            photos = (await db.ConversationAttachments.AsNoTracking().Where(a => a.ConversationKey == key).OrderBy(a => a.Id)
                    .Select(a => new { a.Id, a.Type, a.Url, a.ContentType, a.Status, a.ReceivedAt, Stored = a.Content != null })
                    .ToListAsync(cancellationToken))
                .Select(a => new ExportedPhoto(a.Id, a.Type, a.Stored ? PhotoLink(chat.Id, a.Id) : a.Url, a.ContentType, a.Status.ToString(), a.ReceivedAt))
                .ToList();
        }

        // An erased chat keeps no outbox rows but the note that its data is gone, which says nothing about anyone.
        var outbound = await db.OutboxMessages.AsNoTracking().Where(m => m.ConversationId == chat.Id).OrderBy(m => m.Id)
            .Select(m => new { m.Reply, m.CreatedAt, m.Status }).ToListAsync(cancellationToken);
        messages.AddRange(outbound.Select(m => new ExportedMessage("out", m.CreatedAt, null, null, null, m.Reply.Parts, m.Status.ToString())));

        return new ExportedConversation(
            chat.Id,
            chat.Channel.ToString(),
            erased ? null : chat.SenderId,
            chat.Language,
            chat.CreatedAt,
            chat.LastInboundAt,
            chat.HumanTakeover,
            chat.ErasedAt,
            messages.OrderBy(m => m.At).ToList(),
            photos);
    }

    private string PhotoLink(Guid conversationId, long photoId) =>
        shop.Value.AbsoluteUrl($"/api/v1/conversations/{conversationId}/photos/{photoId}");
}
