using Commerce.Application.Abstractions;
using Commerce.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Application.Privacy;

/// <summary>The merchant erases a shopper on request (e.g. by e-mail): the same erasure as the shopper's own in chat.</summary>
public sealed record EraseConversation(Guid ConversationId) : ICommand<Result<ErasureReport>>;

public sealed class EraseConversationHandler(ICommerceDbContext db, ShopperErasure erasure, ILogger<EraseConversationHandler> logger)
    : IRequestHandler<EraseConversation, Result<ErasureReport>>
{
    public async Task<Result<ErasureReport>> Handle(EraseConversation request, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == request.ConversationId, cancellationToken);
        if (conversation is null)
            return Error.NotFound("Conversation", request.ConversationId);
        var report = await erasure.EraseAsync(conversation, cancellationToken);
        logger.LogInformation("Erased shopper data of {Count} conversation(s) starting from {ConversationId}", report.Conversations.Count, request.ConversationId);
        return report;
    }
}
