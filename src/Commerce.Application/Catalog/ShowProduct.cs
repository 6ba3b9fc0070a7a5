using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using Commerce.Domain.Catalog;
using MediatR;

namespace Commerce.Application.Catalog;

/// <summary>One product in detail: its card, description and — when it has variants — a choice of them.</summary>
public sealed record ShowProduct(Guid ConversationId, string Language, Guid ProductId) : IChatRequest;

public sealed class ShowProductHandler(ProductLookup lookup, ProductCards cards) : IRequestHandler<ShowProduct, OutboundReply>
{
    public async Task<OutboundReply> Handle(ShowProduct request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var product = await lookup.FindAsync(request.ProductId, cancellationToken);
        if (product is null || product.Status == ProductStatus.Archived)
            return OutboundReply.Of(new TextPart(texts.NotAvailable));

        var parts = new List<ReplyPart> { new CarouselPart([cards.Card(product, request.Language)]) };
        var description = product.Description.In(request.Language);
        var inStock = product.Variants.Ordered().Where(v => v.Stock > 0).ToList();
        if (product.HasVariants && inStock.Count > 0)
        {
            var question = string.Format(texts.AskVariant, product.Variants[0].Option.Name.In(request.Language), product.Name.In(request.Language));
            parts.Add(new QuickRepliesPart(
                string.IsNullOrWhiteSpace(description) ? question : $"{description}\n{question}",
                inStock.Select(v => new QuickReply(v.Option.Value, ActionPayload.AddProduct(product.Id, v.Id))).ToList()));
        }
        else if (!string.IsNullOrWhiteSpace(description))
        {
            parts.Add(new TextPart(description));
        }

        return new OutboundReply(parts);
    }
}
