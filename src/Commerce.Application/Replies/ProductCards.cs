using Commerce.Application.Messaging;
using Commerce.Application.Understanding;
using Commerce.Domain.Catalog;
using Microsoft.Extensions.Options;

namespace Commerce.Application.Replies;

/// <summary>Builds the product cards every channel renders: image, title, subtitle, price, actions.</summary>
public sealed class ProductCards(IOptions<ShopOptions> shop)
{
    public ProductCard Card(Product product, string language)
    {
        var texts = ReplyTexts.For(language);
        var actions = new List<ReplyAction>();
        if (product.AvailableStock > 0)
            actions.Add(new ReplyAction(texts.ActionAdd, ActionPayload.AddProduct(product.Id)));
        actions.Add(new ReplyAction(texts.ActionShow, ActionPayload.ShowProduct(product.Id)));
        return new ProductCard(
            product.Id,
            product.Name.In(language),
            Subtitle(product, texts, language),
            PriceFormatter.Format(product.Price, language),
            shop.Value.AbsoluteUrl(product.ImagePath) is { Length: > 0 } url ? url : null,
            actions,
            product.Sku.Value);
    }

    public CarouselPart Carousel(IEnumerable<Product> products, string language) =>
        new(products.Select(p => Card(p, language)).ToList());

    private static string Subtitle(Product product, ReplyTexts texts, string language)
    {
        var stock = product.AvailableStock > 0 ? texts.InStock : texts.SoldOut;
        if (!product.HasVariants)
            return stock;
        var values = product.Variants.Ordered().Where(v => v.Stock > 0).Select(v => v.Option.Value).ToList();
        var option = product.Variants[0].Option.Name.In(language);
        return values.Count == 0 ? stock : $"{option}: {string.Join(", ", values)}";
    }
}
