using MediatR;
using Commerce.Application.Conversations.Merchant;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console.Conversations;

/// <summary>Every chat of every channel: those waiting for a person first, then the most recently active.</summary>
public sealed class IndexModel(IMediator mediator) : ConsolePageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ConversationDto> Conversations { get; private set; } = [];

    public bool HasMore { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = Math.Clamp(PageNumber, 1, 100_000);
        var list = (await mediator.Send(new ListConversations(null, page, PageSize, WaitingFirst: true), ct)).Value;
        HasMore = list.Page * list.PageSize < list.TotalCount;
        Conversations = list.Items;
    }
}
