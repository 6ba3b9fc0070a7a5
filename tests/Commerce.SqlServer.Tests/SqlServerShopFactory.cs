using Commerce.Api.Tests.Fixtures;
using Commerce.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.SqlServer.Tests;

/// <summary>
/// The whole API with <c>Database:Provider=SqlServer</c> on a throwaway database of the server named by
/// COMMERCE_TEST_SQLSERVER (migrated with Commerce.Migrations.SqlServer), the demo catalog seeded, Sandbox payments.
/// </summary>
public sealed class SqlServerShopFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string MerchantKey = "sqlserver-merchant-key";

    private readonly SqlServerDatabase _database = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        await DemoCatalogSeeder.SeedAsync(scope.ServiceProvider.GetRequiredService<CommerceDbContext>());
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    public HttpClient CreateMerchantClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", MerchantKey);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Commerce", _database.ConnectionString);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:Commerce"] = _database.ConnectionString,
            ["Database:MigrateOnStartup"] = "false",
            ["Demo:SeedCatalog"] = "false",
            ["Merchant:ApiKeys:0"] = MerchantKey,
            ["Payments:Provider"] = "Sandbox",
            ["Shop:PublicBaseUrl"] = "http://localhost:5080",
        }));
    }
}
