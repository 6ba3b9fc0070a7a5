using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Commerce.Bench;

/// <summary>
/// (d) Planning a broadcast: puts <c>--conversations</c> (100,000) opted-in web chat conversations straight into the
/// database, drafts an offer to the web chat and times <c>POST /api/v1/broadcasts/{id}/send</c>, which fixes one
/// recipient row per conversation before it answers. With <c>--wait</c> it also times until every recipient's offer
/// is in the outbox (the web chat delivers on commit, so that is the whole send).
/// </summary>
internal static class BroadcastBench
{
    public static async Task RunAsync(Args args)
    {
        var url = args.Text("url", "http://127.0.0.1:5081");
        var apiKey = args.Text("api-key", "bench");
        var connection = args.Required("connection");
        var conversations = args.Int("conversations", 100_000);
        var wait = args.Optional("wait") is not null;
        var json = args.Optional("json");

        var seeded = Stopwatch.StartNew();
        await SeedAsync(connection, conversations);
        Console.WriteLine($"{conversations} opted-in web chat conversations stored in {seeded.Elapsed.TotalSeconds:F1} s");

        using var admin = Http.Client(url, 1);
        admin.Timeout = TimeSpan.FromMinutes(10);
        admin.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var created = await admin.PostAsJsonAsync("api/v1/broadcasts", new
        {
            name = "bench",
            text = new { de = "Angebot der Woche", en = "Offer of the week" },
            products = new[] { "SNK-RED" },
            channels = new[] { "WebChat" },
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var planning = Stopwatch.StartNew();
        using var sent = await admin.PostAsync($"api/v1/broadcasts/{id}/send", null);
        planning.Stop();
        sent.EnsureSuccessStatusCode();
        var recipients = (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("recipients").GetInt32();
        var ms = planning.Elapsed.TotalMilliseconds;
        new Measurement("broadcast-plan", "built-in", "recipients", recipients, planning.Elapsed.TotalSeconds, 1, recipients == conversations ? 0 : 1,
                Math.Round(recipients / planning.Elapsed.TotalSeconds, 1), ms, ms, ms, ms,
                $"POST /send fixing one recipient row per opted-in web chat conversation ({conversations} stored)")
            .Emit(json);

        if (!wait)
            return;
        var all = Stopwatch.StartNew();
        while (true)
        {
            var detail = await admin.GetFromJsonAsync<JsonElement>($"api/v1/broadcasts/{id}");
            if (detail.GetProperty("broadcast").GetProperty("status").GetString() == "Completed")
                break;
            await Task.Delay(500);
        }

        all.Stop();
        new Measurement("broadcast-send", "built-in", "recipients", recipients, all.Elapsed.TotalSeconds, recipients, 0,
                Math.Round(recipients / all.Elapsed.TotalSeconds, 1), 0, 0, 0, 0,
                "from the answer of /send until every web chat recipient's offer was written (batches of Broadcasts:BatchSize)")
            .Emit(json);
    }

    /// <summary>One INSERT … SELECT: what <paramref name="count"/> shoppers saying "subscribe" would leave behind.</summary>
    private static async Task SeedAsync(string connection, int count)
    {
        await using var source = NpgsqlDataSource.Create(connection);
        await using var command = source.CreateCommand("""
            INSERT INTO conversations (id, shopper_id, channel, sender_id, language, language_chosen, created_at, last_inbound_at,
                                       human_takeover, last_shown_product_ids, pending_quantity, offers_consent_at)
            SELECT g.id, g.id, 'WebChat', 'bench-' || g.id::text, 'de', false, now(), now(), false, '{}', 1, now()
            FROM (SELECT gen_random_uuid() AS id FROM generate_series(1, $1)) AS g
            """);
        command.Parameters.AddWithValue(count);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }
}
