using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Bench;

/// <summary>
/// Baseline: a bare Kestrel app on loopback with one POST endpoint answering 200. Driven by the same closed loop
/// as the ack test (generator and server then share the cores), or with <c>--serve</c> left running for wrk.
/// </summary>
internal static class KestrelBaseline
{
    public static async Task RunAsync(Args args)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{args.Int("port", 0)}");
        var app = builder.Build();
        app.MapPost("/", () => Results.Ok());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        if (args.Flag("serve"))
        {
            Console.WriteLine($"listening on {address}");
            await app.WaitForShutdownAsync(CancellationToken.None);
            return;
        }

        var seconds = args.Double("seconds", 10);
        var warmup = args.Double("warmup", 2);
        var json = args.Optional("json");
        const string body = """{"clientMessageId":"0123456789-abcdef","text":"zeig mir rote sneaker"}""";
        Console.WriteLine(Measurement.Header);
        foreach (var concurrency in args.Ints("concurrency", "1,8,32,128,256"))
        {
            using var client = Http.Client(address, concurrency);
            var result = await ClosedLoop.RunAsync("kestrel-baseline", "bench", concurrency, TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds(seconds),
                (_, _, ct) => Http.PostAsync(client, "", body, ct));
            result.Emit(json);
        }

        await app.StopAsync();
    }
}
