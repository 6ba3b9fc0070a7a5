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
public sealed class NewModel(IMediator mediator) : ConsolePageModel
{
    public const string Currency = "EUR";

    [BindProperty] public string? Sku { get; set; }
    [BindProperty] public string? NameDe { get; set; }
    [BindProperty] public string? NameEn { get; set; }
    [BindProperty] public string? DescriptionDe { get; set; }
    [BindProperty] public string? DescriptionEn { get; set; }
    [BindProperty] public string? Price { get; set; }
    [BindProperty] public string? Image { get; set; }
    [BindProperty] public Guid? CategoryId { get; set; }
    [BindProperty] public string? Stock { get; set; }

    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];

    public string? Error { get; private set; }

    public string? FieldError { get; private set; }

    public string? FieldMessage { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Categories = await mediator.Send(new ListCategories(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Categories = await mediator.Send(new ListCategories(), ct);
        if (!decimal.TryParse((Price ?? "").Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
            return Refused(Commerce.Domain.Common.Error.Validation("price", T["price-invalid"]));
        var stock = 0;
        if (!string.IsNullOrWhiteSpace(Stock) && !int.TryParse(Stock.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out stock))
            return Refused(Commerce.Domain.Common.Error.Validation("stock", T["stock-invalid"]));
        if (CategoryId is not { } categoryId)
            return Refused(Commerce.Domain.Common.Error.Validation("categoryId", T["no-categories"]));

        var result = await mediator.Send(new CreateProduct(
            (Sku ?? "").Trim(),
            categoryId,
            new LocalizedTextDto(NameDe ?? "", string.IsNullOrWhiteSpace(NameEn) ? null : NameEn),
            new MoneyDto(amount, Currency),
            new LocalizedTextDto(DescriptionDe ?? "", string.IsNullOrWhiteSpace(DescriptionEn) ? null : DescriptionEn),
            string.IsNullOrWhiteSpace(Image) ? null : Image.Trim(),
            stock), ct);
        if (!result.IsSuccess)
            return Refused(result.Error!);

        Notice = T["saved"];
        return RedirectToPage("/Console/Products/Edit", new { sku = result.Value.Sku });
    }

    private IActionResult Refused(Error error)
    {
        // "price.amount" belongs next to the price, "variants[0].sku" cannot occur here.
        FieldError = error.Field?.Split('.')[0];
        FieldMessage = error.Message;
        Error = error.Field is null ? error.Message : T["check-fields"];
        Response.StatusCode = error.Kind == ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }
}
