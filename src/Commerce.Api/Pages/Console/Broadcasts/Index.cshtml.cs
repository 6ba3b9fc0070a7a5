using Commerce.Application.Broadcasts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console.Broadcasts;

/// <summary>Broadcasts, newest first, and a new one (the same request as <c>POST /api/v1/broadcasts</c>).</summary>
public sealed class IndexModel(IMediator mediator) : ConsolePageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? TextDe { get; set; }
    [BindProperty] public string? TextEn { get; set; }
    [BindProperty] public string? Products { get; set; }
    [BindProperty] public List<string>? Channels { get; set; }

    public IReadOnlyList<BroadcastDto> Broadcasts { get; private set; } = [];

    public string? Error { get; private set; }

    public string? FieldError { get; private set; }

    public string? FieldMessage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var products = (Products ?? "").Split([',', ' ', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await mediator.Send(new CreateBroadcast(
            Name, new BroadcastTextDto(TextDe ?? "", string.IsNullOrWhiteSpace(TextEn) ? null : TextEn), products,
            Channels is { Count: > 0 } ? Channels : null), ct);
        if (result.IsSuccess)
        {
            Notice = T["saved"];
            return RedirectToPage("/Console/Broadcasts/Detail", new { id = result.Value.Id });
        }

        FieldError = result.Error!.Field;
        FieldMessage = result.Error.Message;
        Error = result.Error.Field is null ? result.Error.Message : T["check-fields"];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await mediator.Send(new ListBroadcasts(1, 50), ct);
        Broadcasts = result.IsSuccess ? result.Value.Items : [];
    }
}
