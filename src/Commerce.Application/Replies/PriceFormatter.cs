using System.Globalization;
using Commerce.Domain.Common;

namespace Commerce.Application.Replies;

/// <summary>Prices as a shopper of that language reads them: "59,90 €" in German, "€59.90" in English.</summary>
public static class PriceFormatter
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-IE");

    public static string Format(decimal amount, string currency, string language)
    {
        var symbol = currency switch { "EUR" => "€", "USD" => "$", "GBP" => "£", _ => currency };
        return language == "en"
            ? $"{symbol}{amount.ToString("#,##0.00", English)}"
            : $"{amount.ToString("#,##0.00", German)} {symbol}";
    }

    public static string Format(Money money, string language) => Format(money.Amount, money.Currency, language);
}
