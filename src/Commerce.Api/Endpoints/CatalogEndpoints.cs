namespace Commerce.Api.Endpoints;

internal static class CatalogEndpoints
{
    public static RouteGroupBuilder MapCatalogEndpoints(this RouteGroupBuilder api)
    {
        api.MapGroup("/categories").WithTags("Categories").MapCategoryEndpoints();
        var products = api.MapGroup("/products").WithTags("Products");
        products.MapProductEndpoints();
        products.MapStockEndpoints();
        api.MapGroup("/catalog").WithTags("Catalog").MapImportEndpoint();
        return api;
    }
}
