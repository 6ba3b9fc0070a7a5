using Commerce.Application.Abstractions;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.ShopInfo;

/// <summary>
/// A shopper asks about the shop (shipping, delivery, returns, payment, contact): the merchant's text on that topic in
/// the shopper's language, then the other topics, the categories and a person as buttons (after a payment question the
/// checkout first). Without a topic, or when the
/// shop wrote nothing on it, the topics it did write about are offered.
/// </summary>
public sealed record AskShopInfo(Guid ConversationId, string Language, string? Topic) : IChatRequest;

public sealed class AskShopInfoHandler(ICommerceDbContext db) : IRequestHandler<AskShopInfo, OutboundReply>
{
    public async Task<OutboundReply> Handle(AskShopInfo request, CancellationToken cancellationToken)
    {
        var info = await db.ShopInfo.AsNoTracking().FirstOrDefaultAsync(i => i.Id == Domain.Shop.ShopInfo.SingletonId, cancellationToken)
            ?? Domain.Shop.ShopInfo.Empty();
        var texts = ShopInfoTexts.For(request.Language);
        var topic = request.Topic is { } t && ShopTopics.All.Contains(t) ? t : null;
        var answer = topic is null ? null : info[topic].In(request.Language);
        var written = ShopTopics.All.Where(t => !info[t].IsEmpty).ToList();

        if (answer is not null)
        {
            var options = Options(written.Where(t => t != topic), texts, request.Language);
            if (topic == ShopTopics.Payment)
                options.Insert(0, new QuickReply(ReplyTexts.For(request.Language).ActionCheckout, ActionPayload.Plain(ActionPayload.Checkout))); // asked how, likely to pay next
            return OutboundReply.Of(new TextPart(answer), new QuickRepliesPart(texts.MoreQuestions, options));
        }
        var prompt = topic is null && written.Count > 0 ? texts.ChooseTopic : texts.NothingYet;
        return OutboundReply.Of(new QuickRepliesPart(prompt, Options(written, texts, request.Language)));
    }

    private static List<QuickReply> Options(IEnumerable<string> topics, ShopInfoTexts texts, string language)
    {
        var replies = ReplyTexts.For(language);
        var options = topics.Select(t => new QuickReply(texts.Topics[t], ActionPayload.WithArgument(ActionPayload.ShopInfo, t))).ToList();
        options.Add(new QuickReply(replies.ActionCategories, ActionPayload.Plain(ActionPayload.Categories)));
        options.Add(new QuickReply(replies.ActionHuman, ActionPayload.Plain(ActionPayload.Human)));
        return options;
    }
}
