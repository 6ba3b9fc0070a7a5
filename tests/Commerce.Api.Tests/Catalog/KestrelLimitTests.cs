using System.Net;
using System.Text;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Catalog;

/// <summary>The API on real Kestrel: body limits are enforced by the server, not only by our middleware.</summary>
public sealed class KestrelApiFactory : ApiFactory
{
    public KestrelApiFactory() => UseKestrel(0);
}

public sealed class KestrelLimitTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    private static HttpContent Chunked(string body) =>
        new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body))) { Headers = { { "Content-Type", "application/json" } } };

    [Fact]
    public async Task Post_WithAChunkedBodyOverTheDefaultLimit_Answers413()
    {
        var client = factory.CreateMerchantClient();
        var huge = "{\"slug\": \"x\", \"name\": {\"de\": \"" + new string('a', 300 * 1024) + "\"}}";
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/categories") { Content = Chunked(huge) };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Import_WithABodyOverTheDefaultButUnderItsOwnLimit_IsAccepted()
    {
        var client = factory.CreateMerchantClient();
        var products = Enumerable.Range(1, 4000).Select(i => ImportValidationTests.Product($"BIG-{i:0000}")).ToArray();
        var body = ImportValidationTests.Catalog(products).ToJsonString();
        body.Length.Should().BeGreaterThan(300 * 1024);

        var response = await client.PostAsync("/api/v1/catalog/import", new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
