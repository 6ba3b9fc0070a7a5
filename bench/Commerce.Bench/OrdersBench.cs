namespace Commerce.Bench;

/// <summary>
/// (d) The merchant's orders list with 10,000 orders in the shop (run.sh inserts them with one SQL statement):
/// closed-loop <c>GET /api/v1/orders</c> — the query the console's orders page runs — first page, a status filter,
/// a channel filter and a deep page, in turn.
/// </summary>
internal static class OrdersBench
{
    private static readonly string[] Paths =
    [
        "api/v1/orders?page=1&pageSize=25",
        "api/v1/orders?status=Paid&page=1&pageSize=25",
        "api/v1/orders?channel=Telegram&page=3&pageSize=25",
        "api/v1/orders?page=200&pageSize=25",
    ];

    public static async Task RunAsync(Args args)
    {
        var url = args.Text("url", "http://127.0.0.1:5081");
        var apiKey = args.Text("api-key", "bench");
        var seconds = args.Double("seconds", 10);
        var json = args.Optional("json");

        Console.WriteLine(Measurement.Header);
        foreach (var concurrency in args.Ints("concurrency", "1,4"))
        {
            using var client = Http.Client(url, concurrency);
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
            var result = await ClosedLoop.RunAsync("orders-list", "bench", concurrency, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(seconds),
                async (worker, seq, ct) =>
                {
                    using var response = await client.GetAsync(Paths[(worker + seq) % Paths.Length], ct);
                    await response.Content.CopyToAsync(Stream.Null, ct);
                    return response.IsSuccessStatusCode;
                });
            (result with { Note = args.Text("note", "10,000 orders") }).Emit(json);
        }
    }
}
