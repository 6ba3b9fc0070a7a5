using Commerce.Domain.Broadcasts;
using Commerce.Domain.Common;
using Commerce.Domain.Conversations;

namespace Commerce.Domain.Tests.Conversations;

public sealed class ConversationPrivacyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Erase_ForgetsThePlatformIdAndWhatWasSaid_ButKeepsTheIdOrdersPointTo()
    {
        var conversation = Conversation.Start(Channel.WhatsApp, "4915112345678", "de", Now);
        conversation.SubscribeToOffers(Now);
        conversation.Showed([Guid.NewGuid()]);
        conversation.HandOverToHuman(Now);
        conversation.LinkTo(Guid.NewGuid());
        var id = conversation.Id;

        conversation.Erase(Now.AddMinutes(1));

        conversation.Id.Should().Be(id);
        conversation.SenderId.Should().StartWith("erased:").And.NotContain("4915112345678");
        conversation.ShopperId.Should().Be(id, "an erased chat is linked to nobody");
        (conversation.OffersConsentAt, conversation.HumanTakeover, conversation.LastShownProductIds.Count).Should().Be((null, false, 0));
        conversation.ErasedAt.Should().Be(Now.AddMinutes(1));
    }

    [Fact]
    public void Unsubscribe_RecordsWhenConsentWasWithdrawn_OnlyIfThereWasOne()
    {
        var never = Conversation.Start(Channel.Telegram, "1", "de", Now);
        var subscribed = Conversation.Start(Channel.Telegram, "2", "de", Now);
        subscribed.SubscribeToOffers(Now);

        never.UnsubscribeFromOffers(Now.AddHours(1));
        subscribed.UnsubscribeFromOffers(Now.AddHours(1));

        never.OffersConsentWithdrawnAt.Should().BeNull();
        subscribed.OffersConsentWithdrawnAt.Should().Be(Now.AddHours(1));
        subscribed.OffersConsentAt.Should().BeNull();
    }

    [Theory]
    [InlineData(null, "Angebot", "name")]
    [InlineData(" ", "Angebot", "name")]
    [InlineData("Herbst", "", "text.de")]
    public void Draft_WithoutNameOrGermanText_FailsNamingTheField(string? name, string de, string field) =>
        Broadcast.Draft(name, new LocalizedText(de, "Offer"), [], null, Now).Error!.Field.Should().Be(field);

    [Fact]
    public void Draft_WithElevenProducts_FailsOnProducts() =>
        Broadcast.Draft("Herbst", new LocalizedText("Angebot", null), Enumerable.Range(0, 11).Select(_ => Guid.NewGuid()).ToList(), null, Now)
            .Error!.Field.Should().Be("products");

    [Fact]
    public void ABroadcast_IsSentOnce_AndCancelledOnlyBeforeItFinished()
    {
        var broadcast = Broadcast.Draft("Herbst", new LocalizedText("Angebot", null), [], [Channel.WebChat, Channel.WebChat], Now).Value;

        broadcast.Targets(Channel.WebChat).Should().BeTrue();
        broadcast.Targets(Channel.WhatsApp).Should().BeFalse();
        broadcast.Start(Now).IsSuccess.Should().BeTrue();
        broadcast.Start(Now).Error!.Code.Should().Be("already_sent");
        broadcast.Complete(Now.AddMinutes(5));
        broadcast.Cancel(Now.AddMinutes(6)).Error!.Code.Should().Be("already_done");
        broadcast.Status.Should().Be(BroadcastStatus.Completed);
        broadcast.Channels.Should().Equal("WebChat");
    }
}
