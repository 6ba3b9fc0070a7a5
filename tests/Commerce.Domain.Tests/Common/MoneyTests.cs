using Commerce.Domain.Common;

namespace Commerce.Domain.Tests.Common;

public sealed class MoneyTests
{
    [Fact]
    public void Create_WithUnknownCurrency_FailsNamingTheCurrencyField()
    {
        var money = Money.Create(10m, "XYZ");

        money.IsSuccess.Should().BeFalse();
        money.Error!.Field.Should().Be("price.currency");
    }

    [Fact]
    public void Create_WithMoreDecimalsThanTheCurrencyHas_Fails()
    {
        Money.Create(1.999m, "EUR").Error!.Field.Should().Be("price.amount");
        Money.Create(100.5m, "JPY").IsSuccess.Should().BeFalse();
    }

    [Fact]
    public void MinorUnits_AreExactForGateways()
    {
        Money.Create(59.90m, "EUR").Value.MinorUnits.Should().Be(5990);
        Money.Create(1200m, "JPY").Value.MinorUnits.Should().Be(1200);
    }

    [Fact]
    public void Equality_IgnoresTrailingZeros()
    {
        Money.Create(59.90m, "EUR").Value.Should().Be(Money.Create(59.9m, "EUR").Value);
    }

    [Fact]
    public void Add_WithAnotherCurrency_Throws()
    {
        var euros = Money.Create(1m, "EUR").Value;

        var adding = () => euros.Add(Money.Create(1m, "USD").Value);

        adding.Should().Throw<InvalidOperationException>();
    }
}
