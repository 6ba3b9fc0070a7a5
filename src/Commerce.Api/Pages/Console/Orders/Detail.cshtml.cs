using Commerce.Application.Orders;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console.Orders;

/// <summary>
/// One order: lines, totals, address, history, and the merchant's actions — the same <see cref="ChangeOrder"/> request
/// as the merchant API, so the shopper is told in their chat exactly as there. Every action needs its confirmation tick.
/// </summary>
public sealed class DetailModel(IMediator mediator) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public long Number { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    public OrderDto? Order { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public Task<IActionResult> OnPostFulfilAsync(string? carrier, string? trackingNumber, CancellationToken ct) =>
        ChangeAsync(OrderAction.Fulfil, carrier, trackingNumber, ct);

    public Task<IActionResult> OnPostDeliverAsync(CancellationToken ct) => ChangeAsync(OrderAction.Deliver, null, null, ct);

    public Task<IActionResult> OnPostCancelAsync(CancellationToken ct) => ChangeAsync(OrderAction.Cancel, null, null, ct);

    public Task<IActionResult> OnPostRefundAsync(CancellationToken ct) => ChangeAsync(OrderAction.Refund, null, null, ct);

    private async Task<IActionResult> ChangeAsync(OrderAction action, string? carrier, string? trackingNumber, CancellationToken ct)
    {
        if (!Confirmed)
        {
            Error = T["confirm-missing"];
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var result = await mediator.Send(new ChangeOrder(Number.ToString(System.Globalization.CultureInfo.InvariantCulture), action, carrier, trackingNumber), ct);
        if (!result.IsSuccess)
        {
            Error = result.Error!.Field is { } field ? $"{field}: {result.Error.Message}" : result.Error.Message;
            await LoadAsync(ct);
            Response.StatusCode = result.Error.Kind == Commerce.Domain.Common.ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return Page();
        }

        return Done("/Console/Orders/Detail", new { number = Number });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await mediator.Send(new GetOrder(Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct);
        Order = result.IsSuccess ? result.Value : null;
        if (Order is null)
            Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
