using Commerce.Domain.Common;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Application.Catalog;

public static class CatalogModule
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddHandler<ListCategories, IReadOnlyList<CategoryDto>, ListCategoriesHandler>();
        services.AddHandler<CreateCategory, Result<CategoryDto>, CreateCategoryHandler>();
        services.AddScoped<IValidator<CreateCategory>, CreateCategoryValidator>();

        services.AddHandler<GetProduct, Result<ProductDto>, GetProductHandler>();
        services.AddHandler<CreateProduct, Result<ProductDto>, CreateProductHandler>();

        services.AddHandler<SearchProducts, IReadOnlyList<ProductSearchHit>, SearchProductsHandler>();
        services.AddScoped<IValidator<SearchProducts>, SearchProductsValidator>();
        return services;
    }
}
