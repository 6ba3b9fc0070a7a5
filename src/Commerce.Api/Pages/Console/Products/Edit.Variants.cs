using System.Globalization;
using Commerce.Application.Catalog;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console.Products;

/// <summary>
/// Variants on the product's page: add one (SKU, option name in both languages and value, stock) or change what
/// distinguishes one — the same <see cref="AddVariant"/> and <see cref="UpdateVariant"/> requests as the merchant API.
/// Their refused values are shown next to the field of the form they came from ("variant.sku", "variantEdit.option.value").
/// </summary>
public sealed partial class EditModel
{
    public async Task<IActionResult> OnPostAddVariantAsync(
        string? variantSku, string? optionNameDe, string? optionNameEn, string? optionValue, string? variantStock, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Product is null)
            return Page();
        var stock = 0;
        if (!string.IsNullOrWhiteSpace(variantStock) && !int.TryParse(variantStock.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out stock))
            return Refused(Commerce.Domain.Common.Error.Validation("variant.stock", T["stock-invalid"]));
        var result = await mediator.Send(new AddVariant(Product.Id, (variantSku ?? "").Trim(), Option(optionNameDe, optionNameEn, optionValue), stock), ct);
        return result.IsSuccess ? Saved() : Refused(result.Error! with { Field = $"variant.{result.Error.Field ?? "sku"}" });
    }

    public async Task<IActionResult> OnPostUpdateVariantAsync(
        Guid? variantId, string? optionNameDe, string? optionNameEn, string? optionValue, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Product is null)
            return Page();
        if (variantId is not { } id)
            return Refused(Commerce.Domain.Common.Error.Validation("variantEdit.variantId", T["not-found"]));
        var result = await mediator.Send(new UpdateVariant(Product.Id, id, Option(optionNameDe, optionNameEn, optionValue)), ct);
        return result.IsSuccess ? Saved() : Refused(result.Error! with { Field = $"variantEdit.{result.Error.Field ?? "variantId"}" });
    }

    private static VariantOptionDto Option(string? nameDe, string? nameEn, string? value) =>
        new(new LocalizedTextDto((nameDe ?? "").Trim(), string.IsNullOrWhiteSpace(nameEn) ? null : nameEn.Trim()), (value ?? "").Trim());
}
