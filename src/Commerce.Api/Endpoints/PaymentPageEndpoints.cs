using System.Net;
using Commerce.Application;
using Commerce.Application.Orders;
using Commerce.Application.Payments;
using Commerce.Application.Replies;
using Commerce.Domain.Common;
using Commerce.Domain.Conversations;
using Commerce.Domain.Orders;
using Commerce.Infrastructure.Payments.Sandbox;
using MediatR;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Endpoints;

/// <summary>
/// The payment link shoppers get in chat (/pay/{order}) and the sandbox's hosted payment page. The link answers
/// with a redirect to the provider's page while the order can be paid, and with a plain status page otherwise.
/// </summary>
internal static class PaymentPageEndpoints
{
    public static IEndpointRouteBuilder MapPaymentPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/pay/{orderId:guid}", PayAsync).WithTags("Payments").WithName("PaymentLink").WithSummary("Redirects to the payment page of an unpaid order");
        app.MapGet("/pay/{orderId:guid}/done", DoneAsync).ExcludeFromDescription();
        app.MapGet("/pay/{orderId:guid}/cancelled", CancelledAsync).ExcludeFromDescription();

        var sandbox = app.MapGroup("/sandbox/pay").WithTags("Sandbox payments").AddEndpointFilter(async (context, next) =>
            context.HttpContext.RequestServices.GetRequiredService<IOptions<PaymentOptions>>().Value.Provider == SandboxPaymentGateway.ProviderName
                ? await next(context)
                : TypedResults.NotFound());
        sandbox.MapGet("/{sessionId}", SandboxPageAsync).WithName("SandboxPaymentPage");
        // The forms carry an antiforgery token (and its SameSite cookie): a page on another site cannot pay or cancel.
        sandbox.MapPost("/{sessionId}/pay", (string sessionId, HttpContext http, IAntiforgery antiforgery, IServiceScopeFactory scopes, IMediator mediator, TimeProvider clock, CancellationToken ct) =>
            CompleteAsync(sessionId, PaymentEventKind.Succeeded, http, antiforgery, scopes, mediator, clock, ct)).WithName("SandboxPay");
        sandbox.MapPost("/{sessionId}/cancel", (string sessionId, HttpContext http, IAntiforgery antiforgery, IServiceScopeFactory scopes, IMediator mediator, TimeProvider clock, CancellationToken ct) =>
            CompleteAsync(sessionId, PaymentEventKind.Expired, http, antiforgery, scopes, mediator, clock, ct)).WithName("SandboxCancel");
        return app;
    }

    private static async Task<IResult> PayAsync(Guid orderId, IMediator mediator, TimeProvider clock, CancellationToken ct)
    {
        if (await mediator.Send(new GetPaymentPageOrder(orderId), ct) is not { Order: var order })
            return Page("Unbekannte Bestellung / Unknown order", "", StatusCodes.Status404NotFound);
        if (order.Status == OrderStatus.PendingPayment && order.PaymentUrl is { } url && order.PaymentExpiresAt > clock.GetUtcNow())
            return Results.Redirect(url);
        return Page($"Bestellung / Order {order.Number}", $"Status: {order.Status}");
    }

    /// <summary>
    /// Where the payment page sends the shopper back: what became of the order, in words, in the shopper's language and
    /// number format, with a link back to their chat.
    /// </summary>
    private static async Task<IResult> DoneAsync(Guid orderId, IMediator mediator, IOptions<ShopOptions> shop, CancellationToken ct)
    {
        if (await mediator.Send(new GetPaymentPageOrder(orderId), ct) is not { } page)
            return Page("Unbekannte Bestellung / Unknown order", "", StatusCodes.Status404NotFound);
        var (order, language, channel) = page;
        var texts = PayPageTexts.For(language);
        var total = OrderReplies.Total(order, language);
        var (title, text) = order.Status switch
        {
            OrderStatus.Paid or OrderStatus.Fulfilled or OrderStatus.Delivered => (texts.Thanks, string.Format(texts.Paid, order.Number, total)),
            // Stripe sends the shopper back before its webhook arrives: the chat confirms the payment moments later.
            OrderStatus.PendingPayment => (texts.Thanks, texts.Confirming),
            OrderStatus.Refunded when !order.History.Any(h => h.To == OrderStatus.Paid) => (texts.RefundedTitle, string.Format(texts.Refunded, order.Number)),
            _ => (texts.NotPaidTitle, string.Format(texts.NotPaid, order.Number, OrderReplies.StatusText(order.Status, language))),
        };
        return Page(title, $"<p data-testid=\"pay-result\">{Encode(text)}</p>{BackToChat(shop.Value, channel, texts)}", language: language);
    }

    private static async Task<IResult> CancelledAsync(Guid orderId, IMediator mediator, IOptions<ShopOptions> shop, CancellationToken ct)
    {
        if (await mediator.Send(new GetPaymentPageOrder(orderId), ct) is not { } page)
            return Page("Unbekannte Bestellung / Unknown order", "", StatusCodes.Status404NotFound);
        var (_, language, channel) = page;
        var texts = PayPageTexts.For(language);
        return Page(texts.CancelledTitle, $"<p>{Encode(texts.Cancelled)}</p>{BackToChat(shop.Value, channel, texts)}", language: language);
    }

    /// <summary>A link back to the chat the order came from: the web chat page, or the merchant's link for that messenger.</summary>
    private static string BackToChat(ShopOptions shop, Channel channel, PayPageTexts texts)
    {
        var url = shop.ChatLinks.TryGetValue(channel.ToString(), out var configured) && !string.IsNullOrWhiteSpace(configured) ? configured
            : channel == Channel.WebChat ? shop.AbsoluteUrl("chat") : null;
        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? $"<p><a class=\"back\" data-testid=\"back-to-chat\" href=\"{Encode(uri.ToString())}\">{Encode(texts.BackToChat)}</a></p>"
            : $"<p>{Encode(texts.ReturnToChat)}</p>";
    }

    private static async Task<IResult> SandboxPageAsync(string sessionId, HttpContext http, IAntiforgery antiforgery, IMediator mediator, CancellationToken ct)
    {
        if (await FindAsync(sessionId, mediator, ct) is not { } page)
            return Page("Unbekannte Zahlung / Unknown payment", "", StatusCodes.Status404NotFound);
        var (order, language, _) = page;
        var tokens = antiforgery.GetAndStoreTokens(http);
        var token = $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken ?? "")}\">";
        var lines = string.Concat(order.Lines.Select(l =>
            $"<tr><td>{l.Quantity} ×</td><td>{Encode(l.Name)}</td><td class=num>{PriceFormatter.Format(Money.FromMinorUnits(l.LineTotalMinor, order.Total.Currency), language)}</td></tr>"));
        var actions = order.Status == OrderStatus.PendingPayment
            ? $"""
              <form method="post" action="/sandbox/pay/{Encode(sessionId)}/pay">{token}
                <fieldset><legend>Lieferadresse / Shipping address</legend>
                  <label for="name">Name</label><input id="name" name="name" autocomplete="name" required maxlength="{MaxAddressField}">
                  <label for="line1">Straße und Hausnummer / Street and number</label><input id="line1" name="line1" autocomplete="address-line1" required maxlength="{MaxAddressField}">
                  <label for="line2">Adresszusatz / Address line 2</label><input id="line2" name="line2" autocomplete="address-line2" maxlength="{MaxAddressField}">
                  <label for="postalCode">PLZ / Postcode</label><input id="postalCode" name="postalCode" autocomplete="postal-code" required maxlength="16">
                  <label for="city">Ort / City</label><input id="city" name="city" autocomplete="address-level2" required maxlength="{MaxAddressField}">
                  <label for="country">Land / Country</label><select id="country" name="country">{CountryOptions}</select>
                </fieldset>
                <button data-testid="sandbox-pay" class="pay">Bezahlen / Pay {OrderReplies.Total(order, language)}</button></form>
              <form method="post" action="/sandbox/pay/{Encode(sessionId)}/cancel">{token}<button data-testid="sandbox-cancel" class="cancel">Abbrechen / Cancel</button></form>
              """
            : $"<p data-testid=\"sandbox-status\">Status: {order.Status}</p>";
        return Page(
            $"Bestellung / Order {order.Number}",
            $"""
             <p class="banner" role="note">Testzahlung — es fließt kein Geld. / Sandbox payment — no money moves.</p>
             <table>{lines}<tr class="total"><td></td><td>Summe / Total</td><td class=num>{OrderReplies.Total(order, language)}</td></tr></table>
             {actions}
             """);
    }

    private static async Task<IResult> CompleteAsync(
        string sessionId, PaymentEventKind kind, HttpContext http, IAntiforgery antiforgery, IServiceScopeFactory scopes, IMediator mediator, TimeProvider clock, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
            return Page("Abgelehnt / Refused", "Dieses Formular kam nicht von der Zahlungsseite. / This form did not come from the payment page.", StatusCodes.Status400BadRequest);
        if (await FindAsync(sessionId, mediator, ct) is not { Order: var order })
            return Page("Unbekannte Zahlung / Unknown payment", "", StatusCodes.Status404NotFound);
        var reference = kind == PaymentEventKind.Succeeded ? $"sbx_pi_{order.Id:N}" : null;
        PaymentAddress? address = null;
        if (kind == PaymentEventKind.Succeeded && order.Status == OrderStatus.PendingPayment)
        {
            // As Stripe Checkout does for this shop: no payment without a complete shipping address.
            address = await AddressAsync(http, ct);
            if (address is null)
                return Page("Lieferadresse fehlt / Shipping address missing",
                    "Bitte Name, Straße, PLZ, Ort und Land angeben. / Please give name, street, postcode, city and country.", StatusCodes.Status400BadRequest);
        }

        var paymentEvent = new PaymentEvent(SandboxPaymentGateway.ProviderName, $"{sessionId}:{kind}", kind, order.Id, sessionId, reference, order.Total.MinorUnits, clock.GetUtcNow(), address);
        await PaymentEvents.ApplyAsync(scopes, paymentEvent, ct);
        return Results.Redirect(kind == PaymentEventKind.Succeeded ? $"/pay/{order.Id}/done" : $"/pay/{order.Id}/cancelled", permanent: false, preserveMethod: false);
    }

    private const int MaxAddressField = 200;

    /// <summary>The countries the shop ships to (the same list as its Stripe Checkout sessions allow).</summary>
    private static readonly string[] Countries = ["DE", "AT", "CH"];

    private static readonly string CountryOptions = string.Concat(Countries.Select(c => $"<option value=\"{c}\">{c}</option>"));

    private static async Task<PaymentAddress?> AddressAsync(HttpContext http, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
            return null;
        var form = await http.Request.ReadFormAsync(ct);
        string? Field(string name, bool required, int max)
        {
            var value = form[name].ToString().Trim();
            if (value.Contains('\0') || value.Length > max)
                return null;
            return value.Length == 0 ? (required ? null : "") : value;
        }

        var name = Field("name", true, MaxAddressField);
        var line1 = Field("line1", true, MaxAddressField);
        var line2 = Field("line2", false, MaxAddressField);
        var postalCode = Field("postalCode", true, 16);
        var city = Field("city", true, MaxAddressField);
        var country = form["country"].ToString();
        if (name is null || line1 is null || line2 is null || postalCode is null || city is null || !Countries.Contains(country))
            return null;
        return new PaymentAddress(name, line1, line2.Length == 0 ? null : line2, postalCode, city, country);
    }

    private static Task<PaymentPageOrder?> FindAsync(string sessionId, IMediator mediator, CancellationToken ct) =>
        SandboxPaymentGateway.OrderIdOf(sessionId) is { } id
            ? mediator.Send(new GetPaymentPageOrder(id, sessionId), ct)
            : Task.FromResult<PaymentPageOrder?>(null);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static IResult Page(string title, string body, int status = StatusCodes.Status200OK, string language = "de") => Results.Content(
        $$"""
        <!doctype html><html lang="{{(language == "en" ? "en" : "de")}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
        <title>{{Encode(title)}}</title>
        <style>
          body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#1d2b36}
          .banner{background:#fff4d6;border:1px solid #e8c66a;padding:.6rem .8rem;border-radius:.5rem}
          table{width:100%;border-collapse:collapse;margin:1rem 0}td{padding:.35rem 0}.num{text-align:right}
          .total td{border-top:1px solid #ccd;font-weight:600}
          button{font-size:1rem;padding:.7rem 1.2rem;border-radius:.5rem;border:0;margin:.3rem 0;width:100%;cursor:pointer}
          .pay{background:#1f6feb;color:#fff}.cancel{background:#e8ecf0}
          .back{display:inline-block;background:#1f6feb;color:#fff;padding:.7rem 1.2rem;border-radius:.5rem;text-decoration:none}
          fieldset{border:1px solid #ccd;border-radius:.5rem;padding:.6rem .8rem;margin:0 0 .6rem}
          label{display:block;font-size:.9rem;margin:.45rem 0 .15rem}input,select{font:inherit;width:100%;padding:.4rem;box-sizing:border-box}
        </style></head>
        <body><h1>{{Encode(title)}}</h1>{{(body.StartsWith('<') ? body : $"<p>{Encode(body)}</p>")}}</body></html>
        """,
        "text/html; charset=utf-8",
        statusCode: status);
}
