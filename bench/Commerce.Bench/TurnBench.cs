using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace Commerce.Bench;

/// <summary>
/// (b) End-to-end turns, open loop: a message is due every 1/rate seconds whether or not earlier ones are
/// answered. Each goes to an idle session from a pool (a new session when all are busy), so a session has one
/// message in flight at a time. Latency runs from the time the message was due (so queueing in the generator
/// counts) until the reply is visible through the long poll, i.e. after the outbox dispatcher handed it to the
/// web chat sender port and committed it as sent.
/// </summary>
internal static class TurnBench
{
    private static readonly string[] Texts =
    [
        "hallo", "zeig mir rote sneaker", "was ist in meinem warenkorb", "do you have hoodies in black",
        "2 t-shirts weiß in den warenkorb", "was kannst du?", "wo ist meine bestellung 10042", "danke",
    ];

    private sealed class Session(string id)
    {
        public string Id { get; } = id;
        public long LastReplyId { get; set; }
        public int Sent { get; set; }
    }

    public static async Task RunAsync(Args args)
    {
        var url = args.Text("url", "http://127.0.0.1:5081");
        var rate = args.Double("rate", 200);
        var seconds = args.Double("seconds", 20);
        var warmup = args.Double("warmup", 5);
        var maxSessions = args.Int("max-sessions", 4000);
        var json = args.Optional("json");
        var kind = args.Text("kind", "turns");
        var catalog = args.Optional("catalog");
        var run = Guid.NewGuid().ToString("N")[..8];

        using var client = Http.Client(url, maxSessions + 16);
        var idle = new ConcurrentQueue<Session>();
        for (var i = 0; i < args.Int("sessions", 200); i++)
            idle.Enqueue(new Session(await Http.StartSessionAsync(client, CancellationToken.None)));
        var sessionCount = idle.Count;

        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmup * Stopwatch.Frequency);
        var end = measureFrom + (long)(seconds * Stopwatch.Frequency);
        var interval = Stopwatch.Frequency / rate;
        var latencies = new Latencies();
        var sync = new object();
        long errors = 0, skipped = 0, late = 0;
        var inFlight = new List<Task>();

        async Task Turn(Session session, long due, long seq)
        {
            var ok = false;
            try
            {
                ok = await SendAndWaitAsync(client, session, $"{run}-{seq}", Texts[(session.Sent++ + seq) % Texts.Length]);
            }
            catch (Exception)
            {
                // counted as an error below
            }

            var done = Stopwatch.GetTimestamp();
            if (due >= measureFrom && due < end)
            {
                lock (sync)
                {
                    if (!ok) errors++;
                    else if (done > end + 30 * Stopwatch.Frequency) late++;
                    else latencies.Add(done - due);
                }
            }

            idle.Enqueue(session);
        }

        long next = 0;
        while (true)
        {
            var due = start + (long)(next * interval);
            if (due >= end)
                break;
            var now = Stopwatch.GetTimestamp();
            if (due > now)
            {
                await Task.Delay(TimeSpan.FromTicks(Math.Max(1, (due - now) * TimeSpan.TicksPerSecond / Stopwatch.Frequency)));
                continue;
            }

            if (!idle.TryDequeue(out var session))
            {
                if (sessionCount >= maxSessions)
                {
                    if (due >= measureFrom) skipped++;
                    next++;
                    continue;
                }

                session = new Session(await Http.StartSessionAsync(client, CancellationToken.None));
                sessionCount++;
            }

            inFlight.Add(Turn(session, due, next));
            next++;
        }

        await Task.WhenAll(inFlight);
        var summary = Latencies.Merge([latencies]);
        var note = $"target {rate}/s;{(catalog is null ? "" : $" {catalog};")} {sessionCount} sessions used; {errors} errors, {skipped} not sent (all sessions busy), {late} over 30 s";
        Console.WriteLine(Measurement.Header);
        var result = Measurement.From(kind, "bench", "rate", rate, seconds, summary, errors + skipped + late, note);
        result.Emit(json);
        Console.WriteLine(note);
    }

    /// <summary>Posts one message, then long-polls until a reply newer than the last one seen arrives.</summary>
    private static async Task<bool> SendAndWaitAsync(HttpClient client, Session session, string clientMessageId, string text)
    {
        var path = $"api/chat/sessions/{session.Id}/messages";
        if (!await Http.PostAsync(client, path, $$"""{"clientMessageId":"{{clientMessageId}}","text":{{Http.Quote(text)}}}""", CancellationToken.None))
            return false;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync($"{path}?after={session.LastReplyId}&waitSeconds=10");
            if (!response.IsSuccessStatusCode)
                return false;
            using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
            var messages = document.RootElement.GetProperty("messages");
            if (messages.GetArrayLength() > 0)
            {
                session.LastReplyId = messages.EnumerateArray().Max(m => m.GetProperty("id").GetInt64());
                return true;
            }
        }

        return false;
    }
}
