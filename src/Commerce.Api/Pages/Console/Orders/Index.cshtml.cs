using Commerce.Application.Orders;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console.Orders;

/// <summary>Orders with status/channel/date filters, newest first, through the same query as the merchant API.</summary>
public sealed class IndexModel(IMediator mediator) : ConsolePageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<OrderSummaryDto> Orders { get; private set; } = [];

    public int PageCount { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var from = From is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : (DateTimeOffset?)null;
        var result = await mediator.Send(new ListOrders(Status, Channel, from, null, Math.Max(1, PageNumber), PageSize), ct);
        if (!result.IsSuccess)
        {
            Error = result.Error!.Message;
            return;
        }

        Orders = result.Value.Items;
        PageCount = (result.Value.TotalCount + PageSize - 1) / PageSize;
    }
}
