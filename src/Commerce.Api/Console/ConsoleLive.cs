using System.Text.Json;
using Commerce.Application.Conversations.Merchant;
using MediatR;

namespace Commerce.Api.MerchantConsole;

/// <summary>
/// Live console pages without reloading: <c>GET /console/events</c> is a Server-Sent Events stream that says, at most
/// once a second and only when something changed, how many chats wait for a person and — for an open chat — the
/// newest message ids. /console/live.js updates the badge and fetches the chat again when it changed.
/// </summary>
internal static class ConsoleLive
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxStream = TimeSpan.FromMinutes(10); // the browser reconnects by itself

    public static void MapConsoleLive(this WebApplication app)
    {
        app.MapGet("/console/events", StreamAsync).RequireAuthorization(ConsoleModule.Policy).ExcludeFromDescription();
        app.MapGet("/console/live.js", () => Results.Text(Script, "text/javascript")).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task StreamAsync(Guid? conversation, HttpContext http, IServiceScopeFactory scopes, TimeProvider clock, CancellationToken ct)
    {
        http.Response.Headers.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-store";
        http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>()?.DisableBuffering();
        var until = clock.GetUtcNow() + MaxStream;
        string? last = null;
        while (!ct.IsCancellationRequested && clock.GetUtcNow() < until)
        {
            string state;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var pulse = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetConsolePulse(conversation), ct);
                state = JsonSerializer.Serialize(new { waiting = pulse.Waiting, inbound = pulse.LastInbound, outbound = pulse.LastOutbound });
            }

            if (state != last)
            {
                await http.Response.WriteAsync($"data: {state}\n\n", ct);
                await http.Response.Body.FlushAsync(ct);
                last = state;
            }

            try
            {
                await Task.Delay(Interval, clock, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private const string Script = """
        (function () {
          var chat = document.querySelector('[data-conversation]');
          var url = '/console/events' + (chat ? '?conversation=' + encodeURIComponent(chat.getAttribute('data-conversation')) : '');
          var source = new EventSource(url);
          var seen = null;
          source.onmessage = function (event) {
            var state = JSON.parse(event.data);
            var badge = document.querySelector('[data-waiting]');
            if (badge) {
              badge.textContent = state.waiting > 0 ? String(state.waiting) : '';
              badge.hidden = state.waiting === 0;
            }
            var key = state.inbound + ':' + state.outbound;
            if (chat && seen !== null && key !== seen) {
              fetch(location.href, { credentials: 'same-origin' }).then(function (r) { return r.text(); }).then(function (html) {
                var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-conversation]');
                if (fresh) { chat.innerHTML = fresh.innerHTML; }
              });
            }
            seen = key;
          };
        })();
        """;
}
