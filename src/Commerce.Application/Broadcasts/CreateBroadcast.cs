using Commerce.Application.Abstractions;
using Commerce.Domain.Broadcasts;
using Commerce.Domain.Catalog;
using Commerce.Domain.Common;
using Commerce.Domain.Conversations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Application.Broadcasts;

/// <summary>Drafts an offer: a name, the text (de required, en optional), up to ten products by id or SKU, optional channels.</summary>
public sealed record CreateBroadcast(string? Name, BroadcastTextDto? Text, IReadOnlyList<string>? Products, IReadOnlyList<string>? Channels)
    : ICommand<Result<BroadcastDto>>;

public sealed class CreateBroadcastHandler(ICommerceDbContext db, TimeProvider clock) : IRequestHandler<CreateBroadcast, Result<BroadcastDto>>
{
    public async Task<Result<BroadcastDto>> Handle(CreateBroadcast request, CancellationToken cancellationToken)
    {
        var references = request.Products ?? [];
        if (references.Count > Broadcast.MaxProducts)
            return Error.Validation("products", $"A broadcast shows at most {Broadcast.MaxProducts} products.");
        var channels = new List<Channel>();
        foreach (var (name, index) in (request.Channels ?? []).Select((c, i) => (c, i)))
        {
            if (!ChannelName.TryParse(name, out var channel))
                return Error.Validation($"channels[{index}]", $"'{name}' is not a channel; use {string.Join(", ", Enum.GetNames<Channel>())}.");
            channels.Add(channel);
        }

        var productIds = new List<Guid>();
        for (var i = 0; i < references.Count; i++)
        {
            var id = await FindActiveAsync(references[i], cancellationToken);
            if (id is null)
                return Error.Validation($"products[{i}]", $"No active product has the id or SKU '{references[i]}'.");
            productIds.Add(id.Value);
        }

        var text = request.Text is null ? null : new LocalizedText(request.Text.De ?? "", request.Text.En);
        var draft = Broadcast.Draft(request.Name, text, productIds, channels, clock.GetUtcNow());
        if (!draft.IsSuccess)
            return draft.Error!;
        db.Broadcasts.Add(draft.Value);
        await db.SaveChangesAsync(cancellationToken);
        return BroadcastDto.From(draft.Value);
    }

    private async Task<Guid?> FindActiveAsync(string? reference, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reference))
            return null;
        var active = db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Active);
        if (Guid.TryParse(reference, out var id))
            return await active.Where(p => p.Id == id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var sku = Sku.Create(reference);
        return sku.IsSuccess
            ? await active.Where(p => p.Sku == sku.Value).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken)
            : null;
    }
}
