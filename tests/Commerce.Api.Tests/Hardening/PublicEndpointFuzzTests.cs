using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Commerce.Api.Tests.Catalog;
using Commerce.Api.Tests.Channels.Line;
using Commerce.Api.Tests.Channels.Meta;
using Commerce.Api.Tests.Channels.Telegram;
using Commerce.Api.Tests.Fixtures;
using Commerce.Api.Tests.Payments;
using Commerce.Channels.Line;
using Commerce.Channels.Meta;
using Commerce.Infrastructure.Payments.Stripe;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Commerce.Api.Tests.Hardening;

/// <summary>Every public channel and the merchant API enabled, platforms pointed at a port nobody answers.</summary>
public sealed class FuzzShopFactory : ApiFactory
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(MetaShopFactory.Settings("http://127.0.0.1:9"))
    {
        ["Channels:Telegram:BotToken"] = TelegramShopFactory.BotToken,
        ["Channels:Telegram:SecretToken"] = TelegramShopFactory.SecretToken,
        ["Channels:Telegram:ApiBaseUrl"] = "http://127.0.0.1:9",
        ["Channels:Line:ChannelSecret"] = LineShopFactory.ChannelSecret,
        ["Channels:Line:ChannelAccessToken"] = LineShopFactory.AccessToken,
        ["Channels:Line:ApiBaseUrl"] = "http://127.0.0.1:9",
        ["Channels:Line:DataApiBaseUrl"] = "http://127.0.0.1:9",
        ["Payments:Stripe:WebhookSecret"] = StripeTestServices.WebhookSecret,
    };
}

/// <summary>
/// A seeded corpus of mutated requests — values at the limits of their types, wrong types, missing and null objects,
/// NUL and lone surrogates, invalid UTF-8, deep nesting, empty and truncated bodies, wrong content types — posted to
/// every public endpoint, correctly authenticated so the parsers are reached. No answer is a 5xx, and a refused
/// request stores nothing.
/// </summary>
public sealed class PublicEndpointFuzzTests(FuzzShopFactory factory, ITestOutputHelper output) : IClassFixture<FuzzShopFactory>
{
    private const int Seed = 20261128;
    private const int MutationsPerTarget = 30;

    private sealed record Target(string Name, HttpMethod Method, Func<string> Path, JsonNode Template, Action<HttpRequestMessage, byte[]> Authorise);

    [Fact]
    public async Task MutatedRequests_NeverGet5xx_AndRefusedOnesStoreNothing()
    {
        var random = new Random(Seed);
        var merchant = factory.CreateMerchantClient();
        var category = await merchant.CreateCategoryAsync("fuzz-base");
        var created = await merchant.PostAsJsonAsync("/api/v1/products", new { sku = "FUZZ-BASE", categoryId = category.Id, name = new { de = "Basis" }, price = new { amount = 9.5m, currency = "EUR" }, stock = 3 });
        var productId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var sessions = new Queue<string>();

        async Task<string> SessionAsync()
        {
            // A fresh session every few messages keeps the per-session rate limit out of the way.
            if (sessions.Count == 0 || random.Next(8) == 0)
            {
                var started = await factory.CreateClient().PostAsJsonAsync("/api/chat/sessions", new { language = "de" });
                sessions.Enqueue((await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessionId").GetString()!);
                if (sessions.Count > 3)
                    sessions.Dequeue();
            }

            return sessions.Last();
        }

        var session = await SessionAsync();
        void ApiKey(HttpRequestMessage request, byte[] _) => request.Headers.Add("X-Api-Key", ApiFactory.MerchantKey);
        void MetaSigned(HttpRequestMessage request, byte[] body) => request.Headers.Add("X-Hub-Signature-256", MetaSignature.Sign(body, MetaShopFactory.AppSecret));
        void TelegramSecret(HttpRequestMessage request, byte[] _) => request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", TelegramShopFactory.SecretToken);
        void LineSigned(HttpRequestMessage request, byte[] body) => request.Headers.TryAddWithoutValidation("X-Line-Signature", LineSignature.Sign(body, LineShopFactory.ChannelSecret));
        void StripeSigned(HttpRequestMessage request, byte[] body) => request.Headers.Add(
            "Stripe-Signature", StripeWebhook.SignatureHeader(StripeTestServices.WebhookSecret, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), Encoding.UTF8.GetString(body)));
        void None(HttpRequestMessage request, byte[] body)
        {
        }

        var targets = new List<Target>
        {
            new("web chat message", HttpMethod.Post, () => $"/api/chat/sessions/{session}/messages", Json("""{"clientMessageId":"c1","text":"2 socken in den warenkorb","payload":null,"language":"de"}"""), None),
            new("web chat session", HttpMethod.Post, () => "/api/chat/sessions", Json("""{"language":"de"}"""), None),
            new("messenger", HttpMethod.Post, () => "/webhooks/messenger", Json($$$"""{"object":"page","entry":[{"id":"{{{MetaShopFactory.PageId}}}","time":1700000000000,"messaging":[{"sender":{"id":"111"},"recipient":{"id":"{{{MetaShopFactory.PageId}}}"},"timestamp":1700000000000,"message":{"mid":"m_1","text":"hallo","quick_reply":{"payload":"1:cart"},"attachments":[{"type":"image","payload":{"url":"http://127.0.0.1:9/a.jpg"}}]},"postback":{"title":"x","payload":"1:cart","mid":"m_2"}}]}]}"""), MetaSigned),
            new("instagram", HttpMethod.Post, () => "/webhooks/instagram", Json($$$"""{"object":"instagram","entry":[{"id":"{{{MetaShopFactory.InstagramId}}}","time":1700000000000,"messaging":[{"sender":{"id":"222"},"recipient":{"id":"{{{MetaShopFactory.InstagramId}}}"},"timestamp":1700000000000,"message":{"mid":"ig_1","text":"hi"}}]}]}"""), MetaSigned),
            new("whatsapp", HttpMethod.Post, () => "/webhooks/whatsapp", Json($$$"""{"object":"whatsapp_business_account","entry":[{"id":"W","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"1","phone_number_id":"{{{MetaShopFactory.PhoneNumberId}}}"},"contacts":[{"profile":{"name":"A"},"wa_id":"4915100000001"}],"messages":[{"from":"4915100000001","id":"wamid.1","timestamp":"1700000000","type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"1:cart","title":"Cart"}},"order":{"catalog_id":"c","product_items":[{"product_retailer_id":"SOCK-3P","quantity":"2","item_price":"12.9","currency":"EUR"}]}}],"statuses":[{"id":"wamid.9","status":"failed","timestamp":"1700000000","recipient_id":"1","errors":[{"code":131026,"title":"x"}]}]}}]}]}"""), MetaSigned),
            new("telegram", HttpMethod.Post, () => "/webhooks/telegram", Json("""{"update_id":1000,"message":{"message_id":1,"date":1700000000,"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"language_code":"de"},"text":"hallo","photo":[{"file_id":"f","width":1,"height":1,"file_size":5}],"document":{"file_id":"d","mime_type":"image/png"}},"callback_query":{"id":"cb","from":{"id":42,"is_bot":false},"data":"1:cart"}}"""), TelegramSecret),
            new("line", HttpMethod.Post, () => "/webhooks/line", Json("""{"destination":"U0000","events":[{"type":"message","mode":"active","timestamp":1700000000000,"source":{"type":"user","userId":"U4af4980629a0000000000000000000000"},"webhookEventId":"01FZ74A0TDDPYRVKNK77XKC3ZR","deliveryContext":{"isRedelivery":false},"replyToken":"nHuyWiB7yP5Zw52FIkcQobQuGDXCTA","message":{"id":"444573844083572737","type":"text","text":"hallo","quoteToken":"q"}},{"type":"postback","mode":"active","timestamp":1700000000001,"source":{"type":"user","userId":"U4af4980629a0000000000000000000000"},"webhookEventId":"01FZ74A0TDDPYRVKNK77XKC3ZS","deliveryContext":{"isRedelivery":true},"replyToken":"b60d432864f44d079f6d8efe86cf404b","postback":{"data":"1:cart","params":{"datetime":"2017-12-25T01:00"}}},{"type":"message","mode":"active","timestamp":1700000000002,"source":{"type":"user","userId":"U4af4980629a0000000000000000000000"},"webhookEventId":"01FZ74A0TDDPYRVKNK77XKC3ZT","deliveryContext":{"isRedelivery":false},"message":{"id":"354718705033693859","type":"image","contentProvider":{"type":"external","originalContentUrl":"https://127.0.0.1:9/a.jpg"}}},{"type":"message","mode":"active","timestamp":1700000000003,"source":{"type":"user","userId":"U4af4980629a0000000000000000000000"},"webhookEventId":"01FZ74A0TDDPYRVKNK77XKC3ZV","deliveryContext":{"isRedelivery":false},"message":{"id":"1501597916","type":"sticker","packageId":"11537","stickerId":"52002738","keywords":["hi"]}},{"type":"follow","mode":"active","timestamp":1700000000004,"source":{"type":"user","userId":"U4af4980629a0000000000000000000000"},"webhookEventId":"01FZ74A0TDDPYRVKNK77XKC3ZW","deliveryContext":{"isRedelivery":false},"replyToken":"85cbe770fa8b4f45bbe077b1d4be4a36","follow":{"isUnblocked":false}},{"type":"unfollow","mode":"active","timestamp":1700000000005,"source":{"type":"user","userId":"U4af4980629a0000000000000000000000"},"webhookEventId":"01FZ74A0TDDPYRVKNK77XKC3ZX","deliveryContext":{"isRedelivery":false}}]}"""), LineSigned),
            new("stripe", HttpMethod.Post, () => "/webhooks/stripe", Json(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payments", "Fixtures", "checkout.session.completed.paid.json"))), StripeSigned),
            new("nlu", HttpMethod.Post, () => "/api/v1/nlu/parse", Json("""{"text":"2 rote sneaker in 43 bitte"}"""), ApiKey),
            new("category", HttpMethod.Post, () => "/api/v1/categories", Json("""{"slug":"fz","name":{"de":"A","en":"B"}}"""), ApiKey),
            new("product", HttpMethod.Post, () => "/api/v1/products", Json($$$"""{"sku":"FZ-1","categoryId":"{{{category.Id}}}","name":{"de":"X","en":"Y"},"description":{"de":"d"},"price":{"amount":1.5,"currency":"EUR"},"image":"x.svg","stock":3,"variants":[{"sku":"FZ-1-M","option":{"name":{"de":"Größe"},"value":"M"},"stock":1}]}"""), ApiKey),
            new("product update", HttpMethod.Put, () => $"/api/v1/products/{productId}", Json($$$"""{"version":1,"categoryId":"{{{category.Id}}}","name":{"de":"X"},"description":null,"price":{"amount":2,"currency":"EUR"},"image":null}"""), ApiKey),
            new("stock", HttpMethod.Put, () => $"/api/v1/products/{productId}/stock", Json("""{"quantity":5,"reason":"count"}"""), ApiKey),
            new("stock adjustment", HttpMethod.Post, () => $"/api/v1/products/{productId}/stock/adjustments", Json("""{"delta":-1,"reason":"broken"}"""), ApiKey),
            new("import", HttpMethod.Post, () => "/api/v1/catalog/import", ImportValidationTests.Catalog(ImportValidationTests.Product("FZ-IMP-1"), ImportValidationTests.Product("FZ-IMP-2")), ApiKey),
            new("fulfil", HttpMethod.Post, () => "/api/v1/orders/10001/fulfil", Json("""{"carrier":"DHL","trackingNumber":"123"}"""), ApiKey),
            new("reply as human", HttpMethod.Post, () => $"/api/v1/conversations/{Guid.NewGuid()}/messages", Json("""{"text":"Hallo"}"""), ApiKey),
        };

        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        var sent = 0;
        foreach (var target in targets)
        {
            for (var i = 0; i < MutationsPerTarget; i++)
            {
                session = await SessionAsync();
                var (description, body, contentType) = Mutate(target.Template, random);
                using var request = new HttpRequestMessage(target.Method, target.Path());
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
                target.Authorise(request, body);
                var before = await CountsAsync();

                using var response = await factory.CreateClient().SendAsync(request);
                sent++;

                var status = (int)response.StatusCode;
                statuses[status / 100] = statuses.GetValueOrDefault(status / 100) + 1;
                if (status >= 500)
                    failures.Add($"{target.Name} [{description}] → {status}: {Truncate(await response.Content.ReadAsStringAsync())}");
                else if (status >= 400 && await CountsAsync() != before)
                    failures.Add($"{target.Name} [{description}] → {status} but something was stored");
            }
        }

        foreach (var query in Queries(productId))
        {
            using var response = await merchant.GetAsync(query);
            sent++;
            if ((int)response.StatusCode >= 500)
                failures.Add($"GET {query} → {(int)response.StatusCode}");
        }

        foreach (var query in new[] { "after=-1", "after=9223372036854775807", "waitSeconds=2147483647", "waitSeconds=-5", "after=abc", "waitSeconds=1e9" })
        {
            using var response = await factory.CreateClient().GetAsync($"/api/chat/sessions/{session}/messages?{query}&waitSeconds=0".Replace("&waitSeconds=0", query.StartsWith("wait", StringComparison.Ordinal) ? "" : "&waitSeconds=0"));
            sent++;
            if ((int)response.StatusCode >= 500)
                failures.Add($"GET chat messages?{query} → {(int)response.StatusCode}");
        }

        output.WriteLine($"{sent} requests sent, {failures.Count} failures; mutated bodies by status class: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}xx {s.Value}")));
        failures.Should().BeEmpty();
        statuses.GetValueOrDefault(2).Should().BeGreaterThan(targets.Count, "many mutations are still valid requests and are served");
        statuses.GetValueOrDefault(4).Should().BeGreaterThan(targets.Count * 10, "most mutations are refused as bad input");
    }

    private static IEnumerable<string> Queries(string productId)
    {
        string[] values = ["2147483647", "-2147483648", "2147483648", "0", "-1", "1e308", "NaN", "%00", "%C3%28", "%ED%A0%80", new string('a', 3000), "", "null"];
        foreach (var value in values)
        {
            yield return $"/api/v1/products?page={value}";
            yield return $"/api/v1/products?pageSize={value}";
            yield return $"/api/v1/products?q={value}";
            yield return $"/api/v1/products/search?q={value}";
            yield return $"/api/v1/products?category={value}";
            yield return $"/api/v1/orders?page={value}&status={value}&channel={value}";
            // A NUL in the path never reaches the server from a real client (Kestrel refuses the request line); the
            // in-process test server refuses to build such a request at all.
            if (value != "%00")
                yield return $"/api/v1/orders/{value}";
            yield return $"/api/v1/conversations?page={value}&waiting={value}";
            if (value != "%00")
                yield return $"/api/v1/products/{value}";
        }

        yield return $"/api/v1/products/{productId}";
    }

    /// <summary>Inbox rows, categories and products: what a refused request must not have added to.</summary>
    private async Task<(int, int, int)> CountsAsync()
    {
        var counts = (0, 0, 0);
        await factory.WithDbAsync(async db => counts = (await db.InboxMessages.CountAsync(), await db.Categories.CountAsync(), await db.Products.CountAsync()));
        return counts;
    }

    private static JsonNode Json(string json) => JsonNode.Parse(json)!;

    private static (string Description, byte[] Body, string ContentType) Mutate(JsonNode template, Random random)
    {
        var kind = random.Next(10);
        switch (kind)
        {
            case 0:
                return ("empty body", [], "application/json");
            case 1:
                var text = Encoding.UTF8.GetBytes(template.ToJsonString());
                return ("truncated", text[..random.Next(text.Length)], "application/json");
            case 2:
                var bytes = Encoding.UTF8.GetBytes(template.ToJsonString());
                var at = random.Next(1, bytes.Length - 1);
                bytes[at] = (byte)(random.Next(2) == 0 ? 0xC3 : 0xFF); // invalid UTF-8 in the middle of the body
                return ("invalid utf-8", bytes, "application/json");
            case 3:
                var deep = string.Concat(Enumerable.Repeat("[", 300)) + string.Concat(Enumerable.Repeat("]", 300));
                return ("deep nesting", Encoding.UTF8.GetBytes(deep), "application/json");
            case 4:
                return ("wrong content type", Encoding.UTF8.GetBytes(template.ToJsonString()), random.Next(2) == 0 ? "text/plain" : "application/x-www-form-urlencoded");
            default:
                var copy = template.DeepClone();
                var description = MutateNode(copy, random);
                return (description, Encoding.UTF8.GetBytes(copy.ToJsonString()), "application/json");
        }
    }

    /// <summary>Replaces or removes one value somewhere in the document.</summary>
    private static string MutateNode(JsonNode root, Random random)
    {
        var nodes = new List<(JsonNode Parent, string? Key, int Index)>();
        Collect(root, nodes);
        if (nodes.Count == 0)
            return "nothing to mutate";
        var (parent, key, index) = nodes[random.Next(nodes.Count)];
        JsonNode?[] replacements =
        [
            JsonValue.Create(int.MaxValue), JsonValue.Create(int.MinValue), JsonValue.Create(long.MaxValue), JsonValue.Create(long.MinValue),
            JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(1e308), JsonValue.Create(-1e308), JsonValue.Create(0.000001),
            JsonValue.Create(decimal.MaxValue), JsonValue.Create(""), JsonValue.Create(new string('x', 20_000)), JsonValue.Create("a\u0000b"),
            JsonValue.Create("\ud800"), JsonValue.Create("<script>alert(1)</script>"), null, JsonValue.Create(true), new JsonArray(), new JsonObject(),
            JsonValue.Create("99999999999999999999"), JsonValue.Create("-1"), JsonValue.Create("2026-13-45T99:99:99Z"),
        ];
        var pick = random.Next(replacements.Length + 1);
        var name = key ?? $"[{index}]";
        if (pick == replacements.Length)
        {
            if (parent is JsonObject removeFrom && key is not null)
                removeFrom.Remove(key);
            else if (parent is JsonArray array)
                array.RemoveAt(index);
            return $"{name} removed";
        }

        var replacement = replacements[pick];
        if (parent is JsonObject obj && key is not null)
            obj[key] = replacement;
        else if (parent is JsonArray arr)
            arr[index] = replacement;
        return $"{name} = {Truncate(replacement?.ToJsonString() ?? "null", 40)}";
    }

    private static void Collect(JsonNode node, List<(JsonNode, string?, int)> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    into.Add((obj, key, -1));
                    if (child is not null)
                        Collect(child, into);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    into.Add((array, null, i));
                    if (array[i] is { } child)
                        Collect(child, into);
                }

                break;
        }
    }

    private static string Truncate(string text, int length = 300) => text.Length <= length ? text : text[..length] + "…";
}
