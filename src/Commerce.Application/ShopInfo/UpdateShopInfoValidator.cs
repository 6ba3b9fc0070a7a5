using Commerce.Domain.Shop;
using FluentValidation;

namespace Commerce.Application.ShopInfo;

/// <summary>Each topic: German required when there is English, at most 1,000 characters, no control characters but line breaks and tabs.</summary>
public sealed class UpdateShopInfoValidator : AbstractValidator<UpdateShopInfo>
{
    public UpdateShopInfoValidator()
    {
        Topic("shipping", r => r.Shipping);
        Topic("delivery", r => r.Delivery);
        Topic("returns", r => r.Returns);
        Topic("payment", r => r.Payment);
        Topic("contact", r => r.Contact);
    }

    private void Topic(string name, Func<UpdateShopInfo, ShopTextDto?> topic)
    {
        RuleFor(r => topic(r)!.De).NotEmpty().WithMessage("The German text is required when there is an English one.")
            .OverridePropertyName($"{name}.de").When(r => topic(r) is { En: { } en } && !string.IsNullOrWhiteSpace(en));
        RuleFor(r => topic(r)!.De).Must(Fits).WithMessage($"The text has at most {Domain.Shop.ShopInfo.MaxTextLength} characters.")
            .Must(NoControl).WithMessage("The text contains a control character; only line breaks and tabs are allowed.")
            .OverridePropertyName($"{name}.de").When(r => topic(r) is not null);
        RuleFor(r => topic(r)!.En).Must(Fits).WithMessage($"The text has at most {Domain.Shop.ShopInfo.MaxTextLength} characters.")
            .Must(NoControl).WithMessage("The text contains a control character; only line breaks and tabs are allowed.")
            .OverridePropertyName($"{name}.en").When(r => topic(r) is not null);
    }

    private static bool Fits(string? text) => text is null || text.Trim().Length <= Domain.Shop.ShopInfo.MaxTextLength;

    private static bool NoControl(string? text) => text is null || !ShopText.HasControlCharacter(text);
}
