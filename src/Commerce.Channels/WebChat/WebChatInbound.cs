using Commerce.Application.Inbound;
using Commerce.Application.Messaging;
using Commerce.Domain.Common;
using Commerce.Domain.Conversations;

namespace Commerce.Channels.WebChat;

/// <summary>
/// The web chat's inbound half: a message the shop's own page posts becomes the same batch a messenger's webhook
/// gives. The page is no platform that signs its requests; the session id it holds is checked by the host.
/// </summary>
public static class WebChatInbound
{
    public const int MaxTextLength = 10_000;

    public const int MaxClientMessageIdLength = 64;

    public const int MaxPayloadLength = 64;

    /// <summary>The batch of one posted message, or the field that is wrong.</summary>
    /// <param name="clientMessageId">The page's own id of the message, so a retried post is not answered twice.</param>
    public static Result<AcceptInbound> Read(string sessionId, string? clientMessageId, string? text, string? payload, string? language, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(clientMessageId) || clientMessageId.Length > MaxClientMessageIdLength)
            return Error.Validation("clientMessageId", "A client message id (1–64 characters) is required so retries are not answered twice.");
        if (text is null && payload is null)
            return Error.Validation("text", "Send a text or a payload.");
        if (text?.Length > MaxTextLength)
            return Error.Validation("text", $"A message has at most {MaxTextLength} characters.");
        if (payload?.Length > MaxPayloadLength)
            return Error.Validation("payload", "A payload has at most 64 characters.");

        var hint = language is "de" or "en" ? language : null;
        // De-duplication is per session: the client's id only has to be unique within its own session.
        var platformMessageId = $"{sessionId}:{clientMessageId}";
        var message = new InboundMessage(Channel.WebChat, platformMessageId, sessionId, now, text, payload, LanguageHint: hint);
        return new AcceptInbound(Channel.WebChat, [message]);
    }
}
