namespace Commerce.Channels.Webhooks;

public static class WebhookLimits
{
    /// <summary>
    /// The largest webhook body read. Meta batches up to 1000 updates in one delivery, LINE a few events of a few KB,
    /// Telegram one update: a megabyte holds each with room to spare and still refuses junk early.
    /// </summary>
    public const int MaxBodyBytes = 1024 * 1024;
}
