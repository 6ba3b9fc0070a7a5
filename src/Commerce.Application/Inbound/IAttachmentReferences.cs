using Commerce.Application.Messaging;

namespace Commerce.Application.Inbound;

/// <summary>Keeps references to shoppers' files until a fetcher downloads them; implemented by Infrastructure.</summary>
public interface IAttachmentReferences
{
    /// <summary>
    /// Keeps the reference once per (channel, platform message id, position): a redelivered webhook finds it stored and
    /// changes nothing, also when two deliveries of the same message race.
    /// </summary>
    Task KeepAsync(ConversationAttachment attachment, CancellationToken cancellationToken);
}
