using System.Globalization;
using Commerce.Application.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console.Products;

/// <summary>
/// A new product: SKU, names and descriptions in both languages, price, image, category and initial stock — the same
/// <see cref="CreateProduct"/> request as <c>POST /api/v1/products</c>; a refused value is shown next to its field.
/// Variants are added on the product's page once it exists.
/// </summary>
public sealed class NewModel(IMediator mediator) : ProductFormModel
{
    public const string Currency = "EUR";

    [BindProperty] public string? Sku { get; set; }
    [BindProperty] public string? Stock { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Categories = await mediator.Send(new ListCategories(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Categories = await mediator.Send(new ListCategories(), ct);
        if (!TryReadPrice(out var amount))
            return Refused(Commerce.Domain.Common.Error.Validation("price", T["price-invalid"]));
        var stock = 0;
        if (!string.IsNullOrWhiteSpace(Stock) && !int.TryParse(Stock.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out stock))
            return Refused(Commerce.Domain.Common.Error.Validation("stock", T["stock-invalid"]));
        if (CategoryId is not { } categoryId)
            return Refused(Commerce.Domain.Common.Error.Validation("categoryId", T["no-categories"]));

        var result = await mediator.Send(new CreateProduct(
            (Sku ?? "").Trim(),
            categoryId,
            Name,
            new MoneyDto(amount, Currency),
            Description,
            ImageOrNull,
            stock), ct);
        if (!result.IsSuccess)
            return Refused(result.Error!, result.Error!.Field?.Split('.')[0]); // "price.amount" belongs next to the price

        Notice = T["saved"];
        return RedirectToPage("/Console/Products/Edit", new { sku = result.Value.Sku });
    }
}
