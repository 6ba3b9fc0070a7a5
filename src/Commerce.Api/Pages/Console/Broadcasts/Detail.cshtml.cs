using Commerce.Application.Broadcasts;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console.Broadcasts;

/// <summary>A broadcast, its report per channel, and sending or cancelling it (each confirmed), as the API does.</summary>
public sealed class DetailModel(IMediator mediator) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    public BroadcastDetailDto? Detail { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostSendAsync(CancellationToken ct) => ActAsync(new SendBroadcast(Id), ct);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) => ActAsync(new CancelBroadcast(Id), ct);

    private async Task<IActionResult> ActAsync(IRequest<Result<BroadcastDto>> request, CancellationToken ct)
    {
        if (!Confirmed)
        {
            Error = T["confirm-missing"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(ct);
            return Page();
        }

        var result = await mediator.Send(request, ct);
        if (!result.IsSuccess)
        {
            Error = result.Error!.Message;
            Response.StatusCode = result.Error.Kind == ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            await LoadAsync(ct);
            return Page();
        }

        Notice = T["saved"];
        return RedirectToPage("/Console/Broadcasts/Detail", new { id = Id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await mediator.Send(new GetBroadcast(Id), ct);
        Detail = result.IsSuccess ? result.Value : null;
        if (Detail is null)
            Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
