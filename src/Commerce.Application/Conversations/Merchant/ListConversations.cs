using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Conversations.Merchant;

/// <summary>
/// Conversations, most recently active first; <see cref="WaitingForHuman"/> shows only those a person should answer (or
/// only the others), <see cref="WaitingFirst"/> puts them in front (the console's list).
/// </summary>
public sealed record ListConversations(bool? WaitingForHuman, int Page = 1, int PageSize = 20, bool WaitingFirst = false) : IQuery<Result<PagedList<ConversationDto>>>;

public sealed class ListConversationsHandler(ICommerceDbContext db) : IRequestHandler<ListConversations, Result<PagedList<ConversationDto>>>
{
    public async Task<Result<PagedList<ConversationDto>>> Handle(ListConversations request, CancellationToken cancellationToken)
    {
        if (Paging.Check(request.Page, request.PageSize) is { } invalid)
            return invalid;
        var conversations = db.Conversations.AsNoTracking();
        if (request.WaitingForHuman is { } waiting)
            conversations = conversations.Where(c => c.HumanTakeover == waiting);
        var ordered = request.WaitingFirst
            ? conversations.OrderByDescending(c => c.HumanTakeover).ThenByDescending(c => c.LastInboundAt)
            : conversations.OrderByDescending(c => c.LastInboundAt);
        return await ordered.ThenBy(c => c.Id)
            .Select(ConversationDto.Projection)
            .ToPageAsync(request.Page, request.PageSize, cancellationToken);
    }
}
