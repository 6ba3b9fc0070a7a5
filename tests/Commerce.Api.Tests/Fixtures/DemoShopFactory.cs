namespace Commerce.Api.Tests.Fixtures;

/// <summary>The API on a fresh database holding the demo catalog.</summary>
public sealed class DemoShopFactory : ApiFactory, IAsyncLifetime
{
    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(DemoCatalogSeeder.SeedAsync);
    }
}
