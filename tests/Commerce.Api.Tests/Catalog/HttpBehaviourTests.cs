using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Catalog;

public sealed class HttpBehaviourTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateMerchantClient();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Post_WithMalformedJson_Answers400ProblemDetails()
    {
        var response = await _client.PostAsync("/api/v1/categories", Json("{\"slug\": \"x\", \"name\": "));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task Post_WithAWrongType_Answers400NamingTheField()
    {
        var response = await _client.PostAsync("/api/v1/categories", Json("{\"slug\": \"x\", \"name\": {\"de\": 5}}"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorFieldsAsync()).Should().Contain("name.de");
    }

    [Fact]
    public async Task Post_WithABodyOverTheDefaultLimit_Answers413()
    {
        var huge = "{\"slug\": \"x\", \"name\": {\"de\": \"" + new string('a', 300 * 1024) + "\"}}";

        var response = await _client.PostAsync("/api/v1/categories", Json(huge));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Import_WithABodyOverItsLargerLimit_Answers413()
    {
        var response = await _client.PostAsync("/api/v1/catalog/import", new ByteArrayContent(new byte[17 * 1024 * 1024]) { Headers = { { "Content-Type", "application/json" } } });

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryCatalogRouteWithAName()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => op.Value.GetProperty("operationId").GetString()))
            .ToList();
        operations.Should().Contain(
        [
            "ListCategories", "CreateCategory", "UpdateCategory", "DeleteCategory",
            "ListProducts", "GetProduct", "CreateProduct", "UpdateProduct", "ArchiveProduct", "ActivateProduct",
            "AddVariant", "UpdateVariant", "SetStock", "AdjustStock", "ImportCatalog",
        ]);
    }

    [Fact]
    public async Task DemoImages_AreServedAsSvg()
    {
        var response = await factory.CreateClient().GetAsync("/images/snk-red.svg");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("image/svg+xml");
        (await response.Content.ReadAsStringAsync()).Should().Contain("Sneaker Rot");
    }
}
