using System.Collections.Frozen;
using Commerce.Application.Abstractions;
using Commerce.Application.Cart;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using Commerce.Domain.Catalog;
using MediatR;

namespace Commerce.Application.Catalog;

/// <summary>
/// A question about one product — "habt ihr die roten sneaker in 45?", "ist die daunenjacke wasserdicht?", "does it come in
/// 45?" — answered from that product's variants, stock and description, with its card. A question that names no single
/// product is a search after all.
/// </summary>
/// <param name="Query">The product words the recogniser found, if any.</param>
/// <param name="Said">The whole question.</param>
public sealed record AskAboutProduct(Guid ConversationId, string Language, string? Query, string Said) : IChatRequest;

public sealed class AskAboutProductHandler(
    ICommerceDbContext db, ProductResolver resolver, ICatalogVocabularySource vocabulary, ProductCards cards, IMediator mediator)
    : IRequestHandler<AskAboutProduct, OutboundReply>
{
    // Words a question is made of (asking whether the shop has or sells something, greetings included); what remains
    // beside the goods words is the property asked about.
    private static readonly FrozenSet<string> QuestionWords = TextNormalizer.TokenizeAll(
        """
        is are does do did has have can could will would you u ur your there come comes available stock still also
        what which how much many whats sell sells selling carry carries offer offers got any guys hi hello hey
        ist sind hat habt haben gibt gibts es kann koennt koennen konnt wird waere ihr euch du noch auch da vorraetig
        lager verfuegbar was welche welcher welches wie viel verkauft verkaufen verkaufst fuehrt fuehren fuehrst bietet
        bieten hallo moin servus leute
        """).Select(t => t.Norm).ToFrozenSet(StringComparer.Ordinal);

    public async Task<OutboundReply> Handle(AskAboutProduct request, CancellationToken cancellationToken)
    {
        var conversation = (await db.Conversations.FindAsync([request.ConversationId], cancellationToken))!;
        var catalog = await vocabulary.CurrentAsync(cancellationToken);
        var words = ProductMatcher.DescribingWords(request.Said).Where(w => !QuestionWords.Contains(w)).ToList();
        var goods = words.Where(catalog.Goods.Contains).ToList();
        var resolved = await resolver.ResolveAsync(goods.Count > 0 ? string.Join(' ', goods) : "it", request.Said, conversation, request.Language, cancellationToken);
        var product = resolved.Product;
        if (product is null || (goods.Count > 0 && !Names(product, goods)))
            return await mediator.Send(new ShowSearchResults(request.ConversationId, request.Language, SearchFor(request.Query, goods)), cancellationToken);

        var texts = DialogueTexts.For(request.Language);
        var answer = SizeAnswer(product, request.Said, request.Language, texts)
                     ?? PropertyAnswer(product, words.Where(w => !goods.Contains(w)).ToList(), request.Language, texts);
        // "do you have hoodies in black?", "gibt es den auch in schwarz?": no size or property asked — show what there is.
        if (answer is null && goods.Count > 0)
            return await mediator.Send(new ShowSearchResults(request.ConversationId, request.Language, SearchFor(request.Query, goods)), cancellationToken);
        conversation.FocusOn(product.Id);
        conversation.Showed([product.Id]);
        answer ??= string.Format(texts.InStock, product.Name.In(request.Language), product.HasVariants ? product.Variants.Sum(v => v.Stock) : product.Stock);
        return OutboundReply.Of(new TextPart(answer), cards.Carousel([product], request.Language));
    }

    /// <summary>
    /// What to search for instead of answering: the recogniser's query ("hoodies black") without the words of asking
    /// ("führt ihr schals?" is a search for "schals"), or the goods words when that leaves nothing.
    /// </summary>
    private static string SearchFor(string? query, IReadOnlyList<string> goods)
    {
        var words = TextNormalizer.Tokenize(query).Where(t => !QuestionWords.Contains(t.Norm)).Select(t => t.Surface).ToList();
        return words.Count > 0 ? string.Join(' ', words) : string.Join(' ', goods);
    }

    /// <summary>A question names a product when its goods words fit that product's name ("daunenjacke", "roten sneaker").</summary>
    private static bool Names(Product product, IReadOnlyList<string> goods) => ProductMatcher.Fitting([product], goods).Count == 1;

    /// <summary>"in 45", "size M": in stock, sold out, or not offered — with the sizes there are.</summary>
    private static string? SizeAnswer(Product product, string said, string language, DialogueTexts texts)
    {
        if (!product.HasVariants)
            return null;
        var name = product.Name.In(language);
        var available = product.Variants.Ordered().Where(v => v.Stock > 0).Select(v => v.Option.Value).ToList();
        var sizes = available.Count == 0 ? texts.VariantNoneLeft : string.Join(", ", available);
        if (VariantWords.Find(product, said) is { } variant)
        {
            return variant.Stock > 0
                ? string.Format(texts.VariantInStock, name, variant.Option.Value, variant.Stock)
                : string.Format(texts.VariantSoldOut, name, variant.Option.Value, sizes);
        }
        var tokens = TextNormalizer.Tokenize(said);
        return NumberWords.MarkedSizeAt(tokens) is var at and >= 0
            ? string.Format(texts.VariantNotOffered, name, tokens[at].Surface.ToUpperInvariant(), sizes)
            : null;
    }

    /// <summary>"wasserdicht?": the description's sentence that says it, or that the description does not say.</summary>
    private static string? PropertyAnswer(Product product, IReadOnlyList<string> asked, string language, DialogueTexts texts)
    {
        if (asked.Count == 0)
            return null;
        var description = product.Description.In(language);
        if (string.IsNullOrWhiteSpace(description))
            description = product.Description.In(language == "en" ? "de" : "en");
        if (string.IsNullOrWhiteSpace(description))
            return null;
        var sentences = description.Split(['.', '!', '?', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var saying = sentences.FirstOrDefault(s => TextNormalizer.TokenizeAll(s).Any(t => asked.Any(a => Stem(t.Norm) == Stem(a))));
        return saying is null
            ? string.Format(texts.DescriptionSilent, description.Trim())
            : string.Format(texts.DescriptionSays, saying.TrimEnd('.') + ".");
    }

    /// <summary>"wasserdichte"/"wasserdicht", "waterproof"/"waterproofed": the first six letters decide.</summary>
    private static string Stem(string word) => word.Length <= 6 ? word : word[..6];
}
