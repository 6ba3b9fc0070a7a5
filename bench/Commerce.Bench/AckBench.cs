namespace Commerce.Bench;

/// <summary>
/// (a) Durable acknowledgements: closed-loop POSTs of web chat messages, each with a unique client message id,
/// spread over many sessions. A 202 means the message is committed to the inbox.
/// </summary>
internal static class AckBench
{
    private const int SessionsPerWorker = 8;

    public static async Task RunAsync(Args args)
    {
        var url = args.Text("url", "http://127.0.0.1:5081");
        var seconds = args.Double("seconds", 10);
        var warmup = args.Double("warmup", 2);
        var json = args.Optional("json");
        var run = Guid.NewGuid().ToString("N")[..8];

        Console.WriteLine(Measurement.Header);
        foreach (var concurrency in args.Ints("concurrency", "1,8,32,128,256"))
        {
            using var client = Http.Client(url, concurrency);
            var sessions = new string[concurrency * SessionsPerWorker];
            for (var i = 0; i < sessions.Length; i++)
                sessions[i] = await Http.StartSessionAsync(client, CancellationToken.None);
            var paths = sessions.Select(s => $"api/chat/sessions/{s}/messages").ToArray();

            var result = await ClosedLoop.RunAsync("acks", "bench", concurrency, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds),
                (worker, seq, ct) =>
                {
                    var path = paths[worker * SessionsPerWorker + (int)(seq % SessionsPerWorker)];
                    var body = $$"""{"clientMessageId":"{{run}}-c{{concurrency}}-w{{worker}}-{{seq}}","text":"zeig mir rote sneaker"}""";
                    return Http.PostAsync(client, path, body, ct);
                });
            result.Emit(json);
        }
    }
}
