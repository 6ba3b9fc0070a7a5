using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Conversations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Inbound;

/// <summary>
/// The replies a web chat session has not read yet: sent outbox rows after <paramref name="After"/>, oldest first, at
/// most <see cref="PageSize"/>. For the web chat, committing a reply is its delivery: the page reads it from here.
/// </summary>
public sealed record GetWebChatMessages(string SessionId, long After) : IQuery<IReadOnlyList<WebChatMessage>>
{
    public const int PageSize = 50;
}

/// <param name="From">"bot", or "person" when someone from the shop's team wrote it.</param>
public sealed record WebChatMessage(long Id, IReadOnlyList<ReplyPart> Parts, DateTimeOffset? SentAt, string From);

public sealed class GetWebChatMessagesHandler(ICommerceDbContext db) : IRequestHandler<GetWebChatMessages, IReadOnlyList<WebChatMessage>>
{
    public async Task<IReadOnlyList<WebChatMessage>> Handle(GetWebChatMessages request, CancellationToken cancellationToken)
    {
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Channel == Channel.WebChat && m.RecipientId == request.SessionId && m.Status == OutboxStatus.Sent && m.Id > request.After)
            .OrderBy(m => m.Id)
            .Take(GetWebChatMessages.PageSize)
            .Select(m => new { m.Id, m.Reply, m.SentAt, m.Kind })
            .ToListAsync(cancellationToken);
        return rows.Select(m => new WebChatMessage(m.Id, m.Reply.Parts, m.SentAt, m.Kind == OutboxMessage.PersonKind ? "person" : "bot")).ToList();
    }
}
