using System.Linq.Expressions;
using Commerce.Domain.Conversations;

namespace Commerce.Application.Conversations.Merchant;

/// <summary>A conversation as the merchant sees it: ids and state, not the shopper's personal data.</summary>
public sealed record ConversationDto(
    Guid Id,
    string Channel,
    string Language,
    bool HumanTakeover,
    DateTimeOffset? HumanRequestedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastInboundAt,
    DateTimeOffset? OffersConsentAt)
{
    public static readonly Expression<Func<Conversation, ConversationDto>> Projection = c =>
        new ConversationDto(c.Id, c.Channel.ToString(), c.Language, c.HumanTakeover, c.HumanRequestedAt, c.CreatedAt, c.LastInboundAt, c.OffersConsentAt);

    private static readonly Func<Conversation, ConversationDto> FromEntity = Projection.Compile();

    public static ConversationDto From(Conversation conversation) => FromEntity(conversation);
}
