namespace Commerce.Domain.Conversations;

/// <summary>The messengers a shopper can reach the shop through.</summary>
public enum Channel
{
    WebChat,
    Messenger,
    Instagram,
    WhatsApp,
    Telegram,
    Line,
}

public static class ChannelName
{
    /// <summary>Reads a channel's name in any letter case ("webchat", "WhatsApp"); numbers and unknown names are refused.</summary>
    public static bool TryParse(string? name, out Channel channel)
    {
        foreach (var known in Enum.GetValues<Channel>())
        {
            if (string.Equals(known.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                channel = known;
                return true;
            }
        }

        channel = default;
        return false;
    }
}
