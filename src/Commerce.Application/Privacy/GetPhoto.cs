using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Privacy;

public sealed record StoredPhoto(string ContentType, byte[] Content);

/// <summary>A photo a shopper sent in this conversation, as stored (the export links here).</summary>
public sealed record GetPhoto(Guid ConversationId, long PhotoId) : IQuery<Result<StoredPhoto>>;

public sealed class GetPhotoHandler(ICommerceDbContext db) : IRequestHandler<GetPhoto, Result<StoredPhoto>>
{
    public async Task<Result<StoredPhoto>> Handle(GetPhoto request, CancellationToken cancellationToken)
    {
        var chat = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.ConversationId, cancellationToken);
        if (chat is null || chat.ErasedAt is not null)
            return Error.NotFound("Conversation", request.ConversationId);
        var key = InboxMessage.KeyOf(chat.Channel, chat.SenderId);
        var photo = await db.ConversationAttachments.AsNoTracking()
            .Where(a => a.Id == request.PhotoId && a.ConversationKey == key && a.Content != null)
            .Select(a => new { a.ContentType, a.Content })
            .FirstOrDefaultAsync(cancellationToken);
        if (photo is null)
            return Error.NotFound("Photo", request.PhotoId);
        return new StoredPhoto(photo.ContentType ?? "application/octet-stream", photo.Content!);
    }
}
