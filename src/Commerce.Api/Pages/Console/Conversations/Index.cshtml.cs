using Commerce.Application.Abstractions;
using Commerce.Application.Conversations.Merchant;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Api.Pages.Console.Conversations;

/// <summary>Every chat of every channel: those waiting for a person first, then the most recently active.</summary>
public sealed class IndexModel(ICommerceDbContext db) : ConsolePageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ConversationDto> Conversations { get; private set; } = [];

    public bool HasMore { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var page = Math.Clamp(PageNumber, 1, 100_000);
        var rows = await db.Conversations.AsNoTracking()
            .OrderByDescending(c => c.HumanTakeover).ThenByDescending(c => c.LastInboundAt).ThenBy(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(ConversationDto.Projection)
            .ToListAsync(ct);
        HasMore = rows.Count > PageSize;
        Conversations = rows.Take(PageSize).ToList();
    }
}
