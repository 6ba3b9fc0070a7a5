using System.Net;
using System.Net.Http.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Application.Catalog;

namespace Commerce.Api.Tests.Catalog;

public sealed class CategoryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateMerchantClient();

    [Fact]
    public async Task UpdateCategory_RenamesItAndKeepsTheSlug()
    {
        var category = await _client.CreateCategoryAsync("c-rename", "Alt");

        var response = await _client.PutAsJsonAsync($"/api/v1/categories/{category.Id}", new { name = new { de = "Neu", en = "New" } });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var listed = await _client.GetFromJsonAsync<List<CategoryDto>>("/api/v1/categories");
        listed!.Should().ContainSingle(c => c.Id == category.Id).Which.Should().Match<CategoryDto>(c => c.Slug == "c-rename" && c.Name.De == "Neu" && c.Name.En == "New");
    }

    [Fact]
    public async Task UpdateCategory_WithEmptyName_Answers400NamingTheField()
    {
        var category = await _client.CreateCategoryAsync("c-empty");

        var response = await _client.PutAsJsonAsync($"/api/v1/categories/{category.Id}", new { name = new { de = "" } });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorFieldsAsync()).Should().Contain("name.de");
    }

    [Fact]
    public async Task CreateCategory_WithInvalidOrTakenSlug_IsRefused()
    {
        await _client.CreateCategoryAsync("c-taken");

        var invalid = await _client.PostAsJsonAsync("/api/v1/categories", new { slug = "Not a slug!", name = new { de = "X" } });
        var taken = await _client.PostAsJsonAsync("/api/v1/categories", new { slug = "c-taken", name = new { de = "X" } });

        invalid.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await invalid.ErrorFieldsAsync()).Should().Contain("slug");
        taken.StatusCode.Should().Be(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task DeleteCategory_WhenEmpty_RemovesIt()
    {
        var category = await _client.CreateCategoryAsync("c-delete");

        var response = await _client.DeleteAsync($"/api/v1/categories/{category.Id}");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await _client.GetFromJsonAsync<List<CategoryDto>>("/api/v1/categories"))!.Should().NotContain(c => c.Id == category.Id);
    }

    [Fact]
    public async Task DeleteCategory_WhenItHoldsProducts_Answers409AndKeepsIt()
    {
        var category = await _client.CreateCategoryAsync("c-full");
        await _client.CreateProductAsync(CatalogClient.NewProduct(category.Id, "FULL-1"));

        var response = await _client.DeleteAsync($"/api/v1/categories/{category.Id}");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await _client.GetFromJsonAsync<List<CategoryDto>>("/api/v1/categories"))!.Should().Contain(c => c.Id == category.Id && c.ProductCount == 1);
    }

    [Fact]
    public async Task UpdateOrDeleteCategory_WhenUnknown_Answers404()
    {
        (await _client.PutAsJsonAsync($"/api/v1/categories/{Guid.NewGuid()}", new { name = new { de = "X" } })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await _client.DeleteAsync($"/api/v1/categories/{Guid.NewGuid()}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
