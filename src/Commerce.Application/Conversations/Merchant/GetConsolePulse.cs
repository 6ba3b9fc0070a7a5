using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Conversations.Merchant;

/// <summary>
/// What the console watches to refresh itself: how many chats wait for a person and, for an open chat, the newest
/// message in each direction (the numbers only grow, so a change means there is something new to show).
/// </summary>
public sealed record GetConsolePulse(Guid? ConversationId = null) : IQuery<ConsolePulse>;

public sealed record ConsolePulse(int Waiting, long LastInbound, long LastOutbound);

public sealed class GetConsolePulseHandler(ICommerceDbContext db) : IRequestHandler<GetConsolePulse, ConsolePulse>
{
    public async Task<ConsolePulse> Handle(GetConsolePulse request, CancellationToken cancellationToken)
    {
        var waiting = await db.Conversations.CountAsync(c => c.HumanTakeover, cancellationToken);
        if (request.ConversationId is not { } id
            || await db.Conversations.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Channel, c.SenderId }).FirstOrDefaultAsync(cancellationToken) is not { } chat)
            return new ConsolePulse(waiting, 0, 0);

        var key = InboxMessage.KeyOf(chat.Channel, chat.SenderId);
        var inbound = await db.InboxMessages.Where(m => m.ConversationKey == key).MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
        var outbound = await db.OutboxMessages.Where(m => m.ConversationId == id).MaxAsync(m => (long?)m.Id, cancellationToken) ?? 0;
        return new ConsolePulse(waiting, inbound, outbound);
    }
}
