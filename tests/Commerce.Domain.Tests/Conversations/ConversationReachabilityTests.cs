using Commerce.Domain.Conversations;

namespace Commerce.Domain.Tests.Conversations;

/// <summary>A shopper who blocked the shop (LINE's unfollow) gets nothing until they write or follow again.</summary>
public sealed class ConversationReachabilityTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AMessageAfterTheBlock_MakesTheShopperReachableAgain()
    {
        var conversation = Conversation.Start(Channel.Line, "U1", "de", Start);
        conversation.MarkUnreachable(Start.AddMinutes(1));

        conversation.RecordInbound(Start.AddMinutes(2), null);

        conversation.UnreachableSince.Should().BeNull();
    }

    [Fact]
    public void AMessageFromBeforeTheBlock_ProcessedLate_LeavesTheBlock()
    {
        var conversation = Conversation.Start(Channel.Line, "U1", "de", Start);
        conversation.MarkUnreachable(Start.AddMinutes(5));

        conversation.RecordInbound(Start.AddMinutes(4), null);

        conversation.UnreachableSince.Should().Be(Start.AddMinutes(5));
    }

    [Fact]
    public void ALaterBlock_KeepsTheEarlierStart()
    {
        var conversation = Conversation.Start(Channel.Line, "U1", "de", Start);
        conversation.MarkUnreachable(Start.AddMinutes(1));

        conversation.MarkUnreachable(Start.AddMinutes(3));

        conversation.UnreachableSince.Should().Be(Start.AddMinutes(1));
    }
}
