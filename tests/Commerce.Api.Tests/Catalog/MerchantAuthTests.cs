using System.Net;
using System.Net.Http.Json;
using Commerce.Api.Tests.Fixtures;

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
}
