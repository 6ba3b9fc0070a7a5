using Commerce.Application.ShopInfo;
using Commerce.Application.Understanding;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Api.Pages.Console.ShopInfo;

/// <summary>
/// What the chat answers when shoppers ask about shipping, delivery, returns, payment or contact: one text per topic
/// in German and English, saved with the same request as <c>PUT /api/v1/shop-info</c>; a refused text is shown
/// next to its field.
/// </summary>
public sealed class IndexModel(IMediator mediator) : ConsolePageModel
{
    /// <summary>The posted texts by field name ("shipping.de", "returns.en"…).</summary>
    [BindProperty]
    public Dictionary<string, string?> Texts { get; set; } = [];

    public Dictionary<string, string> FieldErrors { get; } = [];

    public string? Error { get; private set; }

    public static IReadOnlyList<string> Topics => ShopTopics.All;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var info = await mediator.Send(new GetShopInfo(), ct);
        foreach (var topic in Topics)
        {
            var text = Of(info, topic);
            Texts[$"{topic}.de"] = text?.De;
            Texts[$"{topic}.en"] = text?.En;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var request = new UpdateShopInfo(Posted(ShopTopics.Shipping), Posted(ShopTopics.Delivery), Posted(ShopTopics.Returns), Posted(ShopTopics.Payment), Posted(ShopTopics.Contact));
        var result = await mediator.Send(request, ct);
        if (result.IsSuccess)
        {
            Notice = T["saved"];
            return RedirectToPage("/Console/ShopInfo/Index");
        }

        FieldErrors[result.Error!.Field ?? ""] = result.Error.Message;
        Error = T["check-fields"];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public string? Value(string field) => Texts.TryGetValue(field, out var value) ? value : null;

    private ShopTextDto? Posted(string topic)
    {
        var de = Value($"{topic}.de");
        var en = Value($"{topic}.en");
        return string.IsNullOrWhiteSpace(de) && string.IsNullOrWhiteSpace(en) ? null : new ShopTextDto(de, en);
    }

    private static ShopTextDto? Of(ShopInfoDto info, string topic) => topic switch
    {
        ShopTopics.Shipping => info.Shipping,
        ShopTopics.Delivery => info.Delivery,
        ShopTopics.Returns => info.Returns,
        ShopTopics.Payment => info.Payment,
        _ => info.Contact,
    };
}
