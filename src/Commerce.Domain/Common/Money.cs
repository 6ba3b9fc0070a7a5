namespace Commerce.Domain.Common;

/// <summary>An amount in a currency. Gateways get <see cref="MinorUnits"/>; nothing else rounds.</summary>
public sealed record Money
{
    // ISO 4217 codes the shop can price in, with their minor-unit exponent.
    private static readonly Dictionary<string, int> Exponents = new(StringComparer.Ordinal)
    {
        ["EUR"] = 2, ["USD"] = 2, ["GBP"] = 2, ["CHF"] = 2, ["SEK"] = 2, ["DKK"] = 2, ["NOK"] = 2, ["PLN"] = 2, ["CZK"] = 2, ["JPY"] = 0,
    };

    private Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    /// <summary>The largest price the shop takes: far above any real one, far below what a total or a column overflows at.</summary>
    public const decimal MaxAmount = 1_000_000m;

    public decimal Amount { get; }

    public string Currency { get; }

    public long MinorUnits => (long)(Amount * Pow10(DecimalPlaces));

    /// <summary>The currency's minor-unit exponent: 2 for EUR (cents), 0 for JPY.</summary>
    public int DecimalPlaces => Exponents[Currency];

    public static bool IsKnownCurrency(string? currency) => currency is not null && Exponents.ContainsKey(currency);

    public static Result<Money> Create(decimal amount, string? currency, string field = "price")
    {
        if (!IsKnownCurrency(currency))
            return Error.Validation($"{field}.currency", $"Unknown currency '{currency}'. Use an ISO 4217 code such as EUR.");
        if (amount > MaxAmount || amount < -MaxAmount)
            return Error.Validation($"{field}.amount", $"Amounts are at most {MaxAmount:0} {currency}.");
        if (decimal.Round(amount, Exponents[currency!]) != amount)
            return Error.Validation($"{field}.amount", $"{currency} amounts have at most {Exponents[currency!]} decimal places.");
        return new Money(amount, currency!);
    }

    public static Money FromMinorUnits(long minor, string currency) => new(minor / Pow10(Exponents[currency]), currency);

    public Money Multiply(int quantity) => new(Amount * quantity, Currency);

    public Money Add(Money other)
    {
        if (other.Currency != Currency)
            throw new InvalidOperationException($"Cannot add {other.Currency} to {Currency}.");
        return new Money(Amount + other.Amount, Currency);
    }

    private static decimal Pow10(int exponent) => exponent == 0 ? 1m : 100m;

    public override string ToString() => $"{Amount:0.00} {Currency}";
}
