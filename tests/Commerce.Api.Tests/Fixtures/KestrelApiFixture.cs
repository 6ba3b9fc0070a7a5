using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Fixtures;

/// <summary>
/// The real API on Kestrel at http://127.0.0.1:&lt;free port&gt; with the demo catalog, for clients that need a real
/// socket (a browser cannot reach the in-memory TestServer). One fresh database per test class, like <see cref="ApiFactory"/>.
/// </summary>
public sealed class KestrelApiFixture : ApiFactory, IAsyncLifetime
{
    // Chosen before start-up because Shop:PublicBaseUrl (image URLs) must name the address the browser will use.
    private readonly int _port = FreePort();

    public Uri BaseAddress { get; private set; } = null!;

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Demo:SeedCatalog"] = "true",
        ["Shop:PublicBaseUrl"] = $"http://127.0.0.1:{_port}",
    };

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _port));
        StartServer();
        await SeedDemoCatalogUnlessImportedAsync();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();

    // The app imports the demo catalog at start-up when Demo:SeedCatalog is set; builds without that import
    // still get the same catalog, so the page is tested against the products a shopper of the demo shop sees.
    private Task SeedDemoCatalogUnlessImportedAsync() => WithDbAsync(async db =>
    {
        if (!await db.Products.AnyAsync())
            await DemoCatalogSeeder.SeedAsync(db);
    });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
