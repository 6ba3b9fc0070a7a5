using System.Text.Json;
using Commerce.Application.Catalog.Import;
using Commerce.Application.ShopInfo;
using Commerce.Infrastructure.Persistence;
using MediatR;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Startup;

internal static class DemoCatalogSeeder
{
    public static string DemoDirectory => Path.Combine(AppContext.BaseDirectory, "demo");

    /// <summary>
    /// With <c>Demo:SeedCatalog</c>, an empty catalog gets the bundled demo shop — through the same
    /// import command merchants use, so the demo data obeys every catalog rule — and empty shop information gets
    /// the demo shop's texts (the file's <c>shopInfo</c> section), through the same command as <c>PUT /api/v1/shop-info</c>.
    /// </summary>
    public static async Task SeedDemoCatalogIfConfiguredAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Demo:SeedCatalog"))
            return;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommerceDbContext>();
        var path = Path.Combine(DemoDirectory, "demo-catalog.json");
        var json = scope.ServiceProvider.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        if (!await db.ShopInfo.AnyAsync())
            await SeedShopInfoAsync(app, scope.ServiceProvider.GetRequiredService<IMediator>(), path, json);
        if (await db.Products.AnyAsync() || await db.Categories.AnyAsync())
            return;

        await using var file = File.OpenRead(path);
        var command = await JsonSerializer.DeserializeAsync<ImportCatalog>(file, json)
            ?? throw new InvalidOperationException($"{path} is empty.");
        var report = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
        if (!report.Succeeded)
            throw new InvalidOperationException($"The demo catalog is invalid: {report.Errors[0].Path}: {report.Errors[0].Message}");
        app.Logger.LogInformation(
            "Seeded the demo catalog: {Categories} categories, {Products} products", report.Categories.Created, report.Created);
    }

    private sealed record DemoShopInfo(UpdateShopInfo? ShopInfo = null);

    private static async Task SeedShopInfoAsync(WebApplication app, IMediator mediator, string path, JsonSerializerOptions json)
    {
        await using var file = File.OpenRead(path);
        if ((await JsonSerializer.DeserializeAsync<DemoShopInfo>(file, json))?.ShopInfo is not { } info)
            return;
        var saved = await mediator.Send(info);
        if (!saved.IsSuccess)
            throw new InvalidOperationException($"The demo shop information is invalid: {saved.Error!.Field}: {saved.Error.Message}");
        app.Logger.LogInformation("Seeded the demo shop information");
    }
}
