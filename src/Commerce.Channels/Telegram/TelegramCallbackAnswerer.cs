using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Channels.Telegram;

/// <summary>
/// Answers button presses with answerCallbackQuery so the shopper's client stops showing a progress bar
/// ("it is necessary to react by calling answerCallbackQuery even if no notification to the user is needed",
/// https://core.telegram.org/bots/api#callbackquery). Runs after the update is stored and apart from the webhook,
/// so a failed answer costs a spinner, never the update.
/// </summary>
public sealed class TelegramCallbackAnswerer(TelegramBotClient client, ILogger<TelegramCallbackAnswerer> logger) : BackgroundService
{
    // Bounded: answers are a courtesy, and a query is only answerable for a short while anyway.
    private readonly Channel<string> _queue = Channel.CreateBounded<string>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Enqueue(string callbackQueryId) => _queue.Writer.TryWrite(callbackQueryId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var id in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                var result = await client.CallAsync(new TelegramCall("answerCallbackQuery", new AnswerCallbackQuery(id)), stoppingToken);
                if (!result.Ok)
                    logger.LogWarning("answerCallbackQuery failed: {Error}", result.Error);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "answerCallbackQuery failed");
            }
        }
    }
}
