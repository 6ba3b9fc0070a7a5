using Commerce.Application.Conversations.Merchant;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console.Conversations;

/// <summary>One chat in order (shopper, bot and team), answering as a person and handing the chat back to the bot.</summary>
public sealed class DetailModel(IMediator mediator) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ConversationHistory? History { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostReplyAsync(string? text, CancellationToken ct)
    {
        var sent = await mediator.Send(new ReplyAsHuman(Id, text ?? ""), ct);
        if (!sent.IsSuccess)
        {
            Error = sent.Error!.Message;
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Notice = T["sent"];
        return RedirectToPage("/Console/Conversations/Detail", new { id = Id });
    }

    public async Task<IActionResult> OnPostHandBackAsync(CancellationToken ct)
    {
        var result = await mediator.Send(new HandBackToBot(Id), ct);
        if (!result.IsSuccess)
        {
            Error = result.Error!.Message;
            await LoadAsync(ct);
            return Page();
        }

        Notice = T["handed-back"];
        return RedirectToPage("/Console/Conversations/Detail", new { id = Id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await mediator.Send(new GetConversationHistory(Id), ct);
        History = result.IsSuccess ? result.Value : null;
        if (History is null)
            Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
