using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Commerce.Api.Tests.Channels.Telegram;

/// <summary>
/// A throwaway Bot API on 127.0.0.1: records every method call and answers like Telegram
/// (https://core.telegram.org/bots/api#making-requests), or with a failure a test has queued for a chat.
/// </summary>
public sealed class FakeTelegramServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Call> _calls = new();
    private readonly ConcurrentDictionary<long, ConcurrentQueue<Failure>> _failures = new();
    private int _messageId = 100;

    private FakeTelegramServer(WebApplication app) => _app = app;

    public sealed record Call(string Token, string Method, JsonElement Body, int Status)
    {
        public long? ChatId => Body.TryGetProperty("chat_id", out var id) ? id.GetInt64() : null;

        public string? Text => Body.TryGetProperty("text", out var text) ? text.GetString() : null;

        /// <summary>Every callback_data on the message's inline keyboard, row by row.</summary>
        public IEnumerable<(string Text, string? Data, string? Url)> Buttons =>
            Body.TryGetProperty("reply_markup", out var markup)
                ? markup.GetProperty("inline_keyboard").EnumerateArray().SelectMany(row => row.EnumerateArray()).Select(b => (
                    b.GetProperty("text").GetString()!,
                    b.TryGetProperty("callback_data", out var data) ? data.GetString() : null,
                    b.TryGetProperty("url", out var url) ? url.GetString() : null))
                : [];
    }

    private sealed record Failure(int Status, string Description, int? RetryAfter, string? Method);

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<Call> Calls => _calls.ToList();

    public static async Task<FakeTelegramServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeTelegramServer(app);
        app.MapPost("/bot{token}/{method}", server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Urls.First();
        return server;
    }

    /// <summary>The next call for this chat (of this method, if given) fails: e.g. 429 with retry_after, or 403.</summary>
    public void FailNext(long chatId, int status, string description, int? retryAfter = null, string? method = null) =>
        _failures.GetOrAdd(chatId, _ => new ConcurrentQueue<Failure>()).Enqueue(new Failure(status, description, retryAfter, method));

    public IReadOnlyList<Call> For(long chatId) => Calls.Where(c => c.ChatId == chatId).ToList();

    /// <summary>Waits (up to 20 s) for a call matching <paramref name="match"/>.</summary>
    public async Task<Call> WaitForAsync(Func<Call, bool> match, int timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (DateTime.UtcNow < deadline)
        {
            if (Calls.FirstOrDefault(match) is { } call)
                return call;
            await Task.Delay(50);
        }

        throw new TimeoutException($"No matching Telegram call; seen: {string.Join(", ", Calls.Select(c => $"{c.Method}({c.ChatId})"))}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(string token, string method, HttpRequest request)
    {
        var body = (await JsonDocument.ParseAsync(request.Body)).RootElement.Clone();
        var chatId = body.TryGetProperty("chat_id", out var id) ? id.GetInt64() : 0;
        if (_failures.TryGetValue(chatId, out var queue) && queue.TryPeek(out var failure) && (failure.Method ?? method) == method && queue.TryDequeue(out _))
        {
            _calls.Enqueue(new Call(token, method, body, failure.Status));
            object? parameters = failure.RetryAfter is { } seconds ? new { retry_after = seconds } : null;
            return Results.Json(new { ok = false, error_code = failure.Status, description = failure.Description, parameters }, statusCode: failure.Status);
        }

        _calls.Enqueue(new Call(token, method, body, 200));
        object result = method switch
        {
            "answerCallbackQuery" => true,
            "sendMediaGroup" => body.GetProperty("media").EnumerateArray().Select(_ => Message(chatId)).ToArray(),
            _ => Message(chatId),
        };
        return Results.Json(new { ok = true, result });
    }

    private object Message(long chatId) => new
    {
        message_id = Interlocked.Increment(ref _messageId),
        date = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        chat = new { id = chatId, type = "private" },
    };
}
