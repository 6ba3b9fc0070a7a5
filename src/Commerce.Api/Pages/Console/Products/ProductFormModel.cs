using System.Globalization;
using Commerce.Application.Catalog;
using Commerce.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console.Products;

/// <summary>
/// What the new-product and product pages share: the product's fields as posted, the categories to choose from, and a
/// refused value shown next to its field.
/// </summary>
public abstract class ProductFormModel : ConsolePageModel
{
    [BindProperty] public string? NameDe { get; set; }
    [BindProperty] public string? NameEn { get; set; }
    [BindProperty] public string? DescriptionDe { get; set; }
    [BindProperty] public string? DescriptionEn { get; set; }
    [BindProperty] public string? Price { get; set; }
    [BindProperty] public string? Image { get; set; }
    [BindProperty] public Guid? CategoryId { get; set; }

    public IReadOnlyList<CategoryDto> Categories { get; protected set; } = [];

    public string? Error { get; private set; }

    public string? FieldError { get; private set; }

    public string? FieldMessage { get; private set; }

    protected LocalizedTextDto Name => Text(NameDe, NameEn);

    protected LocalizedTextDto Description => Text(DescriptionDe, DescriptionEn);

    protected string? ImageOrNull => string.IsNullOrWhiteSpace(Image) ? null : Image.Trim();

    /// <summary>The posted price as an amount; a comma is read as the decimal point ("49,90").</summary>
    protected bool TryReadPrice(out decimal amount) =>
        decimal.TryParse((Price ?? "").Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out amount);

    /// <summary>Shows the page again with <paramref name="error"/> next to <paramref name="field"/> (the error's own field unless given).</summary>
    protected IActionResult Refused(Error error, string? field = null)
    {
        FieldError = field ?? error.Field;
        FieldMessage = error.Message;
        Error = error.Field is null ? error.Message : T["check-fields"];
        Response.StatusCode = error.Kind == ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    private static LocalizedTextDto Text(string? de, string? en) => new(de ?? "", string.IsNullOrWhiteSpace(en) ? null : en);
}
