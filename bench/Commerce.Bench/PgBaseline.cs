using Npgsql;

namespace Commerce.Bench;

/// <summary>
/// Baseline: single-row INSERTs into a scratch table, one commit (and, with synchronous_commit on, one WAL flush)
/// per insert, like pgbench with a one-line custom script. Each client holds its own connection.
/// </summary>
internal static class PgBaseline
{
    public static async Task RunAsync(Args args)
    {
        var connectionString = args.Required("connection");
        var seconds = args.Double("seconds", 10);
        var warmup = args.Double("warmup", 1);
        var json = args.Optional("json");

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using (var setup = dataSource.CreateCommand("""
            CREATE TABLE IF NOT EXISTS bench_scratch (id bigserial PRIMARY KEY, payload text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())
            """))
            await setup.ExecuteNonQueryAsync();
        await using (var show = dataSource.CreateCommand("SHOW synchronous_commit"))
            Console.WriteLine($"synchronous_commit = {await show.ExecuteScalarAsync()}");

        Console.WriteLine(Measurement.Header);
        foreach (var clients in args.Ints("clients", "1,32"))
        {
            var connections = new NpgsqlConnection[clients];
            var commands = new NpgsqlCommand[clients];
            for (var i = 0; i < clients; i++)
            {
                connections[i] = await dataSource.OpenConnectionAsync();
                commands[i] = new NpgsqlCommand("INSERT INTO bench_scratch (payload) VALUES ($1)", connections[i]);
                commands[i].Parameters.Add(new NpgsqlParameter { Value = "zeig mir rote sneaker" });
                await commands[i].PrepareAsync();
            }

            var result = await ClosedLoop.RunAsync("pg-insert", "bench", clients, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds),
                async (worker, _, ct) => await commands[worker].ExecuteNonQueryAsync(ct) == 1);
            (result with { LoadKind = "clients" }).Emit(json);

            foreach (var connection in connections)
                await connection.DisposeAsync();
        }
    }
}
