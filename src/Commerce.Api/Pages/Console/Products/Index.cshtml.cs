using System.Text.Json;
using Commerce.Api.Http;
using Commerce.Application.Catalog;
using Commerce.Application.Catalog.Import;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console.Products;

/// <summary>Products with search, category and status filters, and the JSON import with its summary.</summary>
[RequestSizeLimit(RequestLimits.ImportBodyBytes)]
public sealed class IndexModel(IMediator mediator) : ConsolePageModel
{
    public const int PageSize = 25;

    private static readonly JsonSerializerOptions ImportJson = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        Converters = { new StorableStringConverter() },
    };

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ProductDto> Products { get; private set; } = [];

    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];

    public int PageCount { get; private set; }

    public string? Error { get; private set; }

    public ImportReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Error = T["import-file-missing"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(ct);
            return Page();
        }

        ImportCatalog? command;
        try
        {
            await using var stream = file.OpenReadStream();
            command = await JsonSerializer.DeserializeAsync<ImportCatalog>(stream, ImportJson, ct);
        }
        catch (JsonException exception)
        {
            command = null;
            Error = $"{T["import-unreadable"]} ({exception.Path}, {exception.LineNumber + 1})";
        }

        if (command is null)
        {
            Error ??= T["import-unreadable"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(ct);
            return Page();
        }

        Report = await mediator.Send(command, ct);
        if (!Report.Succeeded)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Categories = await mediator.Send(new ListCategories(), ct);
        var result = await mediator.Send(new ListProducts(Math.Max(1, PageNumber), PageSize, NullIfEmpty(Category), NullIfEmpty(Status), NullIfEmpty(Q)), ct);
        if (!result.IsSuccess)
        {
            Error = result.Error!.Message;
            return;
        }

        Products = result.Value.Items;
        PageCount = (result.Value.TotalCount + PageSize - 1) / PageSize;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
