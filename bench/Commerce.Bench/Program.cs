using Commerce.Bench;

var parsed = new Args(args);
switch (parsed.Mode)
{
    case "acks":
        await AckBench.RunAsync(parsed);
        return 0;
    case "turns":
        await TurnBench.RunAsync(parsed);
        return 0;
    case "search":
        await SearchBench.RunAsync(parsed);
        return 0;
    case "orders":
        await OrdersBench.RunAsync(parsed);
        return 0;
    case "broadcast":
        await BroadcastBench.RunAsync(parsed);
        return 0;
    case "baseline-kestrel":
        await KestrelBaseline.RunAsync(parsed);
        return 0;
    case "baseline-pg":
        await PgBaseline.RunAsync(parsed);
        return 0;
    case "report":
        Report.Write(parsed);
        return 0;
    default:
        Console.Error.WriteLine("""
            usage: Commerce.Bench <mode> [options]   (all figures also appended as JSON lines to --json FILE)
              acks             --url http://127.0.0.1:5081 --concurrency 1,8,32,128,256 --seconds 10 [--warmup 2]
              turns            --url http://127.0.0.1:5081 --rate 200 --seconds 20 [--warmup 5] [--sessions 200] [--kind turns] [--catalog "note"]
              search           --url http://127.0.0.1:5081 --products 10000 --concurrency 1,4 --seconds 10 [--api-key bench]
              orders           --url http://127.0.0.1:5081 --concurrency 1,4 --seconds 10 [--api-key bench] [--note "10,000 orders"]
              broadcast        --url http://127.0.0.1:5081 --connection "Host=...;Database=...;Username=..." --conversations 100000 [--wait] [--api-key bench]
              baseline-kestrel --concurrency 1,8,32,128,256 --seconds 10 | --serve --port 5090
              baseline-pg      --connection "Host=...;Database=...;Username=..." --clients 1,32 --seconds 10
              report           --input results.jsonl --machine machine.txt [--notes LIMITS.md] --out RESULTS.md
            """);
        return 2;
}
