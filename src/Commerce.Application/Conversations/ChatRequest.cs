using Commerce.Application.Abstractions;
using Commerce.Application.Messaging;

namespace Commerce.Application.Conversations;

/// <summary>
/// A use case run for a shopper's turn. It runs inside the turn's transaction and answers with a neutral reply.
/// </summary>
public interface IChatRequest : ICommand<OutboundReply>
{
    Guid ConversationId { get; }

    string Language { get; }
}
