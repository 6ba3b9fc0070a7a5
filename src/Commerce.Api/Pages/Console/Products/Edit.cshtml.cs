using System.Globalization;
using Commerce.Application.Catalog;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console.Products;

/// <summary>
/// One product: names and descriptions in both languages, price, image and category; stock of the product or of each
/// size changed by a signed amount with a reason; archive or activate. The same requests as the merchant API; a
/// refused value is shown next to its field.
/// </summary>
public sealed partial class EditModel(IMediator mediator) : ProductFormModel
{
    [BindProperty(SupportsGet = true)]
    public string Sku { get; set; } = "";

    [BindProperty] public uint? Version { get; set; }

    public ProductDto? Product { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Product is null)
            return Page();
        if (!TryReadPrice(out var amount))
            return Refused(Commerce.Domain.Common.Error.Validation("price", T["price-invalid"]));
        var result = await mediator.Send(new UpdateProduct(
            Product.Id, Version, CategoryId ?? Product.CategoryId,
            Name,
            Description,
            new MoneyDto(amount, Product.Price.Currency),
            ImageOrNull), ct);
        return result.IsSuccess ? Saved() : Refused(result.Error!);
    }

    /// <summary>Changes stock by a signed amount, or sets the counted level ("set", e.g. after a stocktake); both need a reason.</summary>
    public async Task<IActionResult> OnPostStockAsync(Guid? target, string? delta, string? reason, string? mode, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Product is null)
            return Page();
        if (mode == "set")
        {
            if (!int.TryParse(delta, NumberStyles.None, CultureInfo.InvariantCulture, out var level))
                return Refused(Commerce.Domain.Common.Error.Validation("delta", T["stock-invalid"]));
            var set = await mediator.Send(new SetStock(Product.Id, target, level, reason ?? ""), ct);
            return set.IsSuccess ? Saved() : Refused(set.Error!);
        }
        if (!int.TryParse(delta, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var change) || change == 0)
            return Refused(Commerce.Domain.Common.Error.Validation("delta", T["delta-invalid"]));
        var result = await mediator.Send(new AdjustStock(Product.Id, target, change, reason ?? ""), ct);
        return result.IsSuccess ? Saved() : Refused(result.Error!);
    }

    /// <summary>The merchant's other words for the product, comma-separated in one field.</summary>
    public async Task<IActionResult> OnPostSynonymsAsync(string? synonyms, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Product is null)
            return Page();
        var result = await mediator.Send(new SetProductSynonyms(Product.Id, (synonyms ?? "").Split(',')), ct);
        return result.IsSuccess ? Saved() : Refused(result.Error!);
    }

    public async Task<IActionResult> OnPostStatusAsync(bool archive, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Product is null)
            return Page();
        var result = await mediator.Send(new SetProductStatus(Product.Id, archive ? ProductStatus.Archived : ProductStatus.Active), ct);
        return result.IsSuccess ? Saved() : Refused(result.Error!);
    }

    private IActionResult Saved()
    {
        Notice = T["saved"];
        return RedirectToPage("/Console/Products/Edit", new { sku = Sku });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Categories = await mediator.Send(new ListCategories(), ct);
        var result = await mediator.Send(new GetProduct(Sku), ct);
        Product = result.IsSuccess ? result.Value : null;
        if (Product is null)
            Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
