using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using Commerce.Api.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Api.Tests.Catalog;

public sealed class MerchantAuthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-key")]
    [InlineData("test-merchant-key ")]
    public async Task MerchantApi_WithoutValidKey_Answers401ProblemDetails(string? key)
    {
        var client = factory.CreateClient();
        if (key is not null)
            client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var response = await client.GetAsync("/api/v1/categories");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task MerchantApi_WithValidKey_Answers()
    {
        var response = await factory.CreateMerchantClient().GetAsync("/api/v1/categories");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<List<object>>()).Should().BeEmpty();
    }

    [Fact]
    public async Task CreateCategory_WithoutKey_StoresNothing()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/categories", new { slug = "schuhe", name = new { de = "Schuhe" } });

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var list = await factory.CreateMerchantClient().GetFromJsonAsync<List<object>>("/api/v1/categories");
        list.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/api/v1/categories", "{\"slug\": 42")]
    [InlineData("/api/v1/categories", "{\"name\": {\"de\": \"Schuhe\"}}")]
    [InlineData("/api/v1/catalog/import", "not json at all")]
    [InlineData("/api/v1/products", "{\"sku\": [1, 2]}")]
    public async Task BadBody_WithoutKey_Is401_NotAValidationAnswer(string path, string body)
    {
        var response = await factory.CreateClient().PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain("errors", "a stranger learns nothing about the expected fields");
    }

    [Fact]
    public async Task OpenApiDocument_DeclaresTheApiKeyScheme_OnMerchantRoutesOnly()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/openapi/v1.json");

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        scheme.GetProperty("type").GetString().Should().Be("apiKey");
        scheme.GetProperty("in").GetString().Should().Be("header");
        scheme.GetProperty("name").GetString().Should().Be("X-Api-Key");
        var paths = document.GetProperty("paths");
        paths.GetProperty("/api/v1/categories").GetProperty("get").GetProperty("security")[0].TryGetProperty("ApiKey", out _).Should().BeTrue();
        paths.GetProperty("/api/chat/sessions").GetProperty("post").TryGetProperty("security", out _).Should().BeFalse();
    }

    [Fact]
    public async Task ManyWrongKeys_WriteNoLogLineEach()
    {
        var logs = new LogCapture();
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "guess");
        (await client.GetAsync("/api/v1/categories")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var before = logs.Entries.Count(e => e.Level >= LogLevel.Information);

        for (var i = 0; i < 50; i++)
            (await client.GetAsync("/api/v1/categories")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        logs.Entries.Count(e => e.Level >= LogLevel.Information).Should().Be(before, "refusals are not logged one line each");
    }

    [Fact]
    public async Task OversizedImport_WithKey_Is413ProblemDetails()
    {
        var huge = "{\"products\": [" + string.Join(",", Enumerable.Repeat("{\"sku\": \"" + new string('X', 1000) + "\"}", 17_000)) + "]}";
        Encoding.UTF8.GetByteCount(huge).Should().BeGreaterThan(16 * 1024 * 1024);

        var response = await factory.CreateMerchantClient().PostAsync("/api/v1/catalog/import", new StringContent(huge, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var list = await factory.CreateMerchantClient().GetFromJsonAsync<List<object>>("/api/v1/categories");
        list.Should().BeEmpty();
    }
}

/// <summary>On real Kestrel: an unauthenticated request is answered before its body is read.</summary>
public sealed class MerchantAuthOnKestrelTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task HugeImport_WithoutValidKey_Is401BeforeTheBodyIsSent(string? key)
    {
        _ = factory.CreateClient(); // starts the server
        var address = new Uri(factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();

        // Announce 16 MB but send only the first 64 KB: an answer can only come from a server that did not wait for the body.
        var head = "POST /api/v1/catalog/import HTTP/1.1\r\nHost: " + address.Authority + "\r\nContent-Type: application/json\r\n" +
            (key is null ? "" : "X-Api-Key: " + key + "\r\n") + "Content-Length: " + (16 * 1024 * 1024 - 1) + "\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(Encoding.ASCII.GetBytes("{\"products\": [" + new string(' ', 64 * 1024)));

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[4096];
        var answer = new StringBuilder();
        while (!answer.ToString().Contains("\r\n\r\n"))
        {
            var read = await stream.ReadAsync(buffer, timeout.Token);
            if (read == 0)
                break;
            answer.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        answer.ToString().Should().StartWith("HTTP/1.1 401");
        answer.ToString().Should().Contain("application/problem+json");
    }
}
