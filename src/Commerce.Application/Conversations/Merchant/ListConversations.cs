using Commerce.Application.Abstractions;
using Commerce.Application.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Conversations.Merchant;

/// <summary>Conversations, most recently active first; <see cref="WaitingForHuman"/> shows those a person should answer.</summary>
public sealed record ListConversations(bool? WaitingForHuman, int Page = 1, int PageSize = 20) : IQuery<Result<PagedList<ConversationDto>>>;

public sealed class ListConversationsHandler(ICommerceDbContext db) : IRequestHandler<ListConversations, Result<PagedList<ConversationDto>>>
{
    public async Task<Result<PagedList<ConversationDto>>> Handle(ListConversations request, CancellationToken cancellationToken)
    {
        if (request.Page < 1)
            return Error.Validation("page", "The page starts at 1.");
        if (request.PageSize is < 1 or > 100)
            return Error.Validation("pageSize", "The page size is between 1 and 100.");
        var conversations = db.Conversations.AsNoTracking();
        if (request.WaitingForHuman is { } waiting)
            conversations = conversations.Where(c => c.HumanTakeover == waiting);
        var total = await conversations.CountAsync(cancellationToken);
        var items = await conversations.OrderByDescending(c => c.LastInboundAt)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(ConversationDto.Projection)
            .ToListAsync(cancellationToken);
        return new PagedList<ConversationDto>(items, request.Page, request.PageSize, total);
    }
}
