using Commerce.Application.Inbound;
using Commerce.Application.Messaging;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Infrastructure.Messaging;

/// <summary>
/// One insert per reference in the provider's own "insert unless present" form (see the SQL dialects), so racing
/// redeliveries of a message keep one row without an error.
/// </summary>
public sealed class AttachmentReferences(CommerceDbContext db) : IAttachmentReferences
{
    public Task KeepAsync(ConversationAttachment attachment, CancellationToken cancellationToken) => db.KeepAttachmentAsync(attachment, cancellationToken);
}
