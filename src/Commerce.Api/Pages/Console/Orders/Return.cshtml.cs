using System.Globalization;
using System.Text.RegularExpressions;
using Commerce.Application.Orders;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console.Orders;

/// <summary>
/// Goods of a delivered order came back: the merchant enters how many pieces of each line, reviews what goes back
/// (amount, restock) and confirms. The same <see cref="ReturnOrder"/> request as the merchant API; the key made at the
/// review step turns a second press of the button into a no-op.
/// </summary>
public sealed partial class ReturnModel(IMediator mediator) : ConsolePageModel
{
    [BindProperty(SupportsGet = true)]
    public long Number { get; set; }

    /// <summary>Pieces to return, by order line id (inputs named <c>quantities[&lt;line id&gt;]</c>).</summary>
    [BindProperty]
    public Dictionary<Guid, string?> Quantities { get; set; } = [];

    [BindProperty]
    public bool Restock { get; set; } = true;

    [BindProperty]
    public bool Confirmed { get; set; }

    [BindProperty]
    public string? RequestKey { get; set; }

    public OrderDto? Order { get; private set; }

    /// <summary>The lines and pieces being returned, once they passed the review.</summary>
    public IReadOnlyList<(OrderLineDto Line, int Quantity)> Chosen { get; private set; } = [];

    public long AmountMinor => Chosen.Sum(c => c.Line.UnitPriceMinor * c.Quantity);

    public bool Reviewing { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Messages next to their field: a line id, or "lines" for the form as a whole.</summary>
    public Dictionary<string, string> FieldErrors { get; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostReviewAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Order is null)
            return Page();
        if (!Choose())
            return Refused(StatusCodes.Status400BadRequest);
        Reviewing = true;
        RequestKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    /// <summary>Everything that has not come back yet: the whole order, or what is left of it.</summary>
    public async Task<IActionResult> OnPostReviewAllAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Order is null)
            return Page();
        Quantities = Order.Lines.Where(l => l.Quantity > l.ReturnedQuantity)
            .ToDictionary(l => l.Id, l => (string?)(l.Quantity - l.ReturnedQuantity).ToString(CultureInfo.InvariantCulture));
        return await OnPostReviewAsync(ct);
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Order is null)
            return Page();
        // What is left to return is the request's to check: a second press of the button finds its first return by key.
        if (!Choose(checkLeft: false))
            return Refused(StatusCodes.Status400BadRequest);
        Reviewing = true;
        if (!Confirmed)
        {
            Error = T["confirm-missing"];
            return Refused(StatusCodes.Status400BadRequest);
        }

        var lines = Chosen.Select(c => new ReturnOrderLine(LineId: c.Line.Id, Quantity: c.Quantity)).ToList();
        var result = await mediator.Send(new ReturnOrder(Order.Number.ToString(CultureInfo.InvariantCulture), lines, Restock, RequestKey), ct);
        if (!result.IsSuccess)
        {
            Reviewing = false;
            Show(result.Error!);
            await LoadAsync(ct);
            return Refused(result.Error!.Kind == ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest);
        }

        return Done("/Console/Orders/Detail", new { number = Number });
    }

    /// <summary>Reads the quantities typed; false (with messages next to the lines) when one is not a number or too many.</summary>
    private bool Choose(bool checkLeft = true)
    {
        var chosen = new List<(OrderLineDto, int)>();
        foreach (var line in Order!.Lines)
        {
            var typed = Quantities.GetValueOrDefault(line.Id)?.Trim();
            if (string.IsNullOrEmpty(typed))
                continue;
            if (!int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var quantity))
                FieldErrors[line.Id.ToString()] = T["return-quantity-invalid"];
            else if (checkLeft && quantity > line.Quantity - line.ReturnedQuantity)
                FieldErrors[line.Id.ToString()] = string.Format(T.Culture, T["return-quantity-too-many"], line.Quantity - line.ReturnedQuantity);
            else if (quantity > 0)
                chosen.Add((line, quantity));
        }

        if (FieldErrors.Count == 0 && chosen.Count == 0)
            FieldErrors["lines"] = T["return-nothing"];
        Chosen = chosen;
        return FieldErrors.Count == 0;
    }

    /// <summary>An error of the request: one naming a line ("lines[1].quantity") is shown next to that line.</summary>
    private void Show(Error error)
    {
        var index = error.Field is { } field && LineField().Match(field) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : -1;
        if (index >= 0 && index < Chosen.Count)
            FieldErrors[Chosen[index].Line.Id.ToString()] = error.Message;
        else
            Error = error.Field is { } f ? $"{f}: {error.Message}" : error.Message;
    }

    private IActionResult Refused(int status)
    {
        Error ??= T["check-fields"];
        Response.StatusCode = status;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var result = await mediator.Send(new GetOrder(Number.ToString(CultureInfo.InvariantCulture)), ct);
        Order = result.IsSuccess ? result.Value : null;
        if (Order is null)
            Response.StatusCode = StatusCodes.Status404NotFound;
    }

    [GeneratedRegex(@"^lines\[(\d+)\]")]
    private static partial Regex LineField();
}
