using Commerce.Domain.Catalog;
using Commerce.Domain.Common;

namespace Commerce.Domain.Tests.Catalog;

public sealed class ProductTests
{
    private static readonly LocalizedText Name = new("Hoodie Grau", "Grey hoodie");
    private static readonly LocalizedText Size = new("Größe", "Size");

    private static Result<Product> Create(decimal amount = 49.90m, int stock = 5) =>
        Product.Create(Sku.Create("HD-GRY").Value, Guid.NewGuid(), Name, new LocalizedText("", null), Money.Create(amount, "EUR").Value, null, stock);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Create_WithPriceNotAboveZero_FailsOnPriceAmount(decimal amount)
    {
        Create(amount).Error!.Field.Should().Be("price.amount");
    }

    [Fact]
    public void Create_WithNegativeStock_FailsOnStock()
    {
        Create(stock: -1).Error!.Field.Should().Be("stock");
    }

    [Fact]
    public void SetStock_BelowZero_IsRefusedAndKeepsTheStock()
    {
        var product = Create().Value;

        product.SetStock(null, -3).Error!.Field.Should().Be("quantity");
        product.Stock.Should().Be(5);
    }

    [Fact]
    public void AddVariant_WithASkuAlreadyOnTheProduct_IsAConflict()
    {
        var product = Create().Value;
        product.AddVariant(Sku.Create("HD-GRY-M").Value, new VariantOption(Size, "M"), 2);

        var again = product.AddVariant(Sku.Create("hd-gry-m").Value, new VariantOption(Size, "L"), 1);
        var sameAsProduct = product.AddVariant(Sku.Create("HD-GRY").Value, new VariantOption(Size, "S"), 1);

        again.Error!.Kind.Should().Be(ErrorKind.Conflict);
        sameAsProduct.Error!.Kind.Should().Be(ErrorKind.Conflict);
        product.Variants.Should().ContainSingle();
    }

    [Fact]
    public void AddVariant_MovesStockToTheVariants()
    {
        var product = Create(stock: 5).Value;

        product.AddVariant(Sku.Create("HD-GRY-M").Value, new VariantOption(Size, "M"), 2);

        product.Stock.Should().Be(0);
        product.AvailableStock.Should().Be(2);
        product.SetStock(null, 3).Error!.Field.Should().Be("variantId");
    }
}
