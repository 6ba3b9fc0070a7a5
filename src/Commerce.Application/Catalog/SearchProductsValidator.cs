using FluentValidation;

namespace Commerce.Application.Catalog;

public sealed class SearchProductsValidator : AbstractValidator<SearchProducts>
{
    public SearchProductsValidator()
    {
        RuleFor(s => s.Query).NotEmpty().MaximumLength(SearchProducts.MaxQueryLength);
        RuleFor(s => s.Limit).InclusiveBetween(1, SearchProducts.MaxLimit);
        RuleFor(s => s.Language).Must(l => l is null or "de" or "en").WithMessage("Use 'de' or 'en'.");
    }
}
