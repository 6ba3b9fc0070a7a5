using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Inbound;

/// <summary>A conversation's inbox rows still waiting for their turn, counted up to <paramref name="Limit"/>.</summary>
public sealed record CountUnanswered(Channel Channel, string SenderId, int Limit) : IQuery<int>;

public sealed class CountUnansweredHandler(ICommerceDbContext db) : IRequestHandler<CountUnanswered, int>
{
    /// <summary>An index range scan that stops at the limit, however long the backlog.</summary>
    public Task<int> Handle(CountUnanswered request, CancellationToken cancellationToken)
    {
        var key = InboxMessage.KeyOf(request.Channel, request.SenderId);
        return db.InboxMessages.AsNoTracking()
            .Where(m => m.ConversationKey == key && (m.Status == InboxStatus.Pending || m.Status == InboxStatus.Processing))
            .Take(request.Limit)
            .CountAsync(cancellationToken);
    }
}
