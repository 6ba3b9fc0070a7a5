using FluentValidation;

namespace Commerce.Application.Catalog;

public sealed class UpdateCategoryValidator : AbstractValidator<UpdateCategory>
{
    public UpdateCategoryValidator()
    {
        RuleFor(c => c.Name).NotNull();
        RuleFor(c => c.Name.De).NotEmpty().MaximumLength(100).OverridePropertyName("name.de").When(c => c.Name is not null);
        RuleFor(c => c.Name.En).MaximumLength(100).OverridePropertyName("name.en").When(c => c.Name is not null);
    }
}
