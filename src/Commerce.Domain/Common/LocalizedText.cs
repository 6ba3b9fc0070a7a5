namespace Commerce.Domain.Common;

/// <summary>Text in the shop's languages: German is the shop's default, English optional.</summary>
public sealed record LocalizedText(string De, string? En)
{
    public string In(string language) => language == "en" && !string.IsNullOrWhiteSpace(En) ? En : De;
}
