using System.Net.Http.Headers;
using Commerce.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Fixtures;

/// <summary>The real API on its own fresh PostgreSQL database; one per test class (IClassFixture).</summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string MerchantKey = "test-merchant-key";

    public const string OwnerEmail = "owner@nordlicht.example";

    public const string OwnerPassword = "owner-test-password";

    private string _connectionString = "";

    /// <summary>Extra configuration a derived fixture adds (fake platform URLs, secrets…).</summary>
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public string ConnectionString => _connectionString;

    public async Task InitializeAsync() => _connectionString = await CreateDatabaseAsync();

    /// <summary>The connection string the API gets: a fresh database on the throwaway cluster.</summary>
    protected virtual async Task<string> CreateDatabaseAsync()
    {
        var cluster = await PostgresCluster.GetAsync();
        return await cluster.CreateDatabaseAsync();
    }

    public new async Task DisposeAsync() => await base.DisposeAsync();

    public HttpClient CreateMerchantClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", MerchantKey);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>A scope for arranging or inspecting data directly in the database.</summary>
    public async Task WithDbAsync(Func<CommerceDbContext, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<CommerceDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Commerce"] = _connectionString,
            ["Merchant:ApiKeys:0"] = MerchantKey,
            ["Database:MigrateOnStartup"] = "false",
            ["Demo:SeedCatalog"] = "false",
            ["Payments:Provider"] = "Sandbox",
            ["Shop:PublicBaseUrl"] = "http://localhost:5080",
            ["Console:Owner:Email"] = OwnerEmail,
            ["Console:Owner:Password"] = OwnerPassword,
        };
        foreach (var (key, value) in ExtraSettings)
            settings[key] = value;
        builder.UseSetting("ConnectionStrings:Commerce", _connectionString);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
    }
}
