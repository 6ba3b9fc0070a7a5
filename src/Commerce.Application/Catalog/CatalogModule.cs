using Commerce.Application.Catalog.Import;
using Commerce.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Application.Catalog;

public static class CatalogModule
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddSingleton<ProductImageLinks>();
        services.AddHandler<ListCategories, IReadOnlyList<CategoryDto>, ListCategoriesHandler>();
        services.AddHandler<CreateCategory, Result<CategoryDto>, CreateCategoryHandler>();
        services.AddHandler<UpdateCategory, Result<CategoryDto>, UpdateCategoryHandler>();
        services.AddHandler<DeleteCategory, Result, DeleteCategoryHandler>();

        services.AddHandler<ListProducts, Result<PagedList<ProductDto>>, ListProductsHandler>();
        services.AddHandler<GetProduct, Result<ProductDto>, GetProductHandler>();
        services.AddHandler<CreateProduct, Result<ProductDto>, CreateProductHandler>();
        services.AddHandler<UpdateProduct, Result<ProductDto>, UpdateProductHandler>();
        services.AddHandler<SetProductStatus, Result<ProductDto>, SetProductStatusHandler>();
        services.AddHandler<SetProductSynonyms, Result<ProductDto>, SetProductSynonymsHandler>();
        services.AddHandler<AddVariant, Result<ProductDto>, AddVariantHandler>();
        services.AddHandler<UpdateVariant, Result<ProductDto>, UpdateVariantHandler>();

        services.AddHandler<SetStock, Result<StockLevelDto>, SetStockHandler>();
        services.AddScoped<StockLedger>();
        services.AddHandler<AdjustStock, Result<StockLevelDto>, AdjustStockHandler>();

        services.AddHandler<ImportCatalog, ImportReport, ImportCatalogHandler>();

        services.AddHandler<SearchProducts, Result<IReadOnlyList<ProductSearchHit>>, SearchProductsHandler>();
        return services;
    }
}
