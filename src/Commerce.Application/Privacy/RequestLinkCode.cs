using Commerce.Application.Abstractions;
using Commerce.Application.Conversations;
using Commerce.Application.Messaging;
using Commerce.Application.Replies;
using MediatR;
using Microsoft.Extensions.Options;

namespace Commerce.Application.Privacy;

/// <summary>"Continue on WhatsApp" / "auf anderem Kanal weiter": a one-time code to send in the other chat.</summary>
public sealed record RequestLinkCode(Guid ConversationId, string Language) : IChatRequest;

public sealed class RequestLinkCodeHandler(ICommerceDbContext db, IOptions<PrivacyOptions> options, TimeProvider clock)
    : IRequestHandler<RequestLinkCode, OutboundReply>
{
    public Task<OutboundReply> Handle(RequestLinkCode request, CancellationToken cancellationToken)
    {
        var lifetime = options.Value.LinkCodeLifetime;
        var code = LinkCode.NewCode();
        db.LinkCodes.Add(new LinkCode(LinkCode.Hash(code), request.ConversationId, clock.GetUtcNow(), lifetime));
        var texts = ReplyTexts.For(request.Language);
        return Task.FromResult(OutboundReply.Of(new TextPart(string.Format(texts.LinkCodeIssued, code, (int)lifetime.TotalMinutes))));
    }
}
