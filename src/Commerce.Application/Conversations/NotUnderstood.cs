using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using Commerce.Application.Understanding;
using MediatR;

namespace Commerce.Application.Conversations;

/// <summary>
/// A message the bot did not understand (or only guessed at): the likeliest meanings as buttons, never a dead end. The second
/// in a row brings in a person — the chat goes in front of the team — and the shopper may go on with the bot instead.
/// </summary>
/// <param name="Likely">The recogniser's likeliest intents, best first.</param>
public sealed record NotUnderstood(Guid ConversationId, string Language, IReadOnlyList<string> Likely) : IChatRequest;

public sealed class NotUnderstoodHandler(ICommerceDbContext db, TimeProvider clock) : IRequestHandler<NotUnderstood, OutboundReply>
{
    public const int MaxSuggestions = 3;

    public async Task<OutboundReply> Handle(NotUnderstood request, CancellationToken cancellationToken)
    {
        var texts = ReplyTexts.For(request.Language);
        var dialogue = DialogueTexts.For(request.Language);
        var conversation = (await db.Conversations.FindAsync([request.ConversationId], cancellationToken))!;
        if (conversation.Misunderstood() >= 2)
        {
            conversation.HandOverToHuman(clock.GetUtcNow());
            return OutboundReply.Of(new QuickRepliesPart(dialogue.SecondMisunderstanding,
                [new QuickReply(dialogue.ActionBackToBot, ActionPayload.Plain(ActionPayload.Bot))]));
        }

        var suggestions = request.Likely.Select(i => Suggestion(i, texts, dialogue)).OfType<QuickReply>()
            .Concat(Defaults(texts)).DistinctBy(q => q.Payload).Take(MaxSuggestions).ToList();
        return OutboundReply.Of(new QuickRepliesPart(dialogue.Suggest, suggestions));
    }

    /// <summary>The button that does what the intent means, where one button can.</summary>
    private static QuickReply? Suggestion(string intent, ReplyTexts texts, DialogueTexts dialogue) => intent switch
    {
        Intents.BrowseCatalog or Intents.SearchProducts or Intents.AddToCart => new QuickReply(texts.ActionCategories, ActionPayload.Plain(ActionPayload.Categories)),
        Intents.ViewCart or Intents.RemoveFromCart or Intents.ClearCart => new QuickReply(texts.ActionCart, ActionPayload.Plain(ActionPayload.Cart)),
        Intents.Checkout => new QuickReply(texts.ActionCheckout, ActionPayload.Plain(ActionPayload.Checkout)),
        Intents.OrderStatus or Intents.CancelOrder => new QuickReply(dialogue.ActionMyOrder, ActionPayload.Plain(ActionPayload.Orders)),
        Intents.TalkToHuman => new QuickReply(texts.ActionHuman, ActionPayload.Plain(ActionPayload.Human)),
        Intents.Help or Intents.Greeting => new QuickReply(dialogue.ActionHelp, ActionPayload.Plain(ActionPayload.Help)),
        Intents.ShopInfo => new QuickReply(dialogue.ActionShopInfo, ActionPayload.WithArgument(ActionPayload.ShopInfo, "topics")),
        _ => null,
    };

    private static IEnumerable<QuickReply> Defaults(ReplyTexts texts) =>
    [
        new QuickReply(texts.ActionCategories, ActionPayload.Plain(ActionPayload.Categories)),
        new QuickReply(texts.ActionCart, ActionPayload.Plain(ActionPayload.Cart)),
        new QuickReply(texts.ActionHuman, ActionPayload.Plain(ActionPayload.Human)),
    ];
}
