using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Catalog;

namespace Commerce.Api.Tests.Catalog;

public sealed class ImportVolumeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateMerchantClient();

    [Fact]
    public async Task Import_OfTenThousandProducts_IsProcessedInOneGo()
    {
        var products = Enumerable.Range(1, 10_000).Select(i => ImportValidationTests.Product($"BULK-{i:00000}", amount: $"{i % 500 + 1}.99")).ToArray();

        var started = Stopwatch.StartNew();
        var response = await _client.PostAsync("/api/v1/catalog/import", new StringContent(ImportValidationTests.Catalog(products).ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("created").GetInt32().Should().Be(10_000);
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
        (await _client.GetFromJsonAsync<PagedList<ProductDto>>("/api/v1/products?pageSize=1"))!.TotalCount.Should().Be(10_000);
    }
}
