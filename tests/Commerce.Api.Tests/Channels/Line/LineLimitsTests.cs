using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Commerce.Application.Messaging;
using Commerce.Channels.Line;
using Commerce.Domain.Conversations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Commerce.Api.Tests.Channels.Line;

/// <summary>
/// Replies bigger than LINE allows, sent by the real sender to the fake LINE API, which refuses what LINE refuses:
/// what arrives is within every limit and still shows the shopper everything that matters.
/// </summary>
public sealed class LineLimitsTests : IAsyncLifetime
{
    private readonly ShiftableClock _clock = new();
    private readonly FakeLineApi _line;
    private readonly HttpClient _http = new();
    private LineSender _sender = null!;

    public LineLimitsTests() => _line = new FakeLineApi(_clock, LineShopFactory.AccessToken);

    public async Task InitializeAsync()
    {
        await _line.StartAsync();
        var options = Options.Create(new LineOptions { ChannelSecret = LineShopFactory.ChannelSecret, ChannelAccessToken = LineShopFactory.AccessToken, ApiBaseUrl = _line.BaseUrl });
        _sender = new LineSender(new LineMessagingClient(_http, options), new LineRenderer(NullLogger<LineRenderer>.Instance), options, _clock, NullLogger<LineSender>.Instance);
    }

    public async Task DisposeAsync()
    {
        _sender.Dispose();
        _http.Dispose();
        await _line.DisposeAsync();
    }

    [Fact]
    public async Task TwentyCards_AreACarouselOfTwelveBubbles_AndTheRestAsANumberedList()
    {
        var user = LineEvents.NewUserId();
        var cards = Enumerable.Range(1, 20).Select(i => Card($"Produkt {i}", i)).ToList();

        var result = await SendAsync(user, OutboundReply.Of(new TextPart("Das habe ich gefunden:"), new CarouselPart(cards)));

        result.Outcome.Should().Be(SendOutcome.Sent);
        var messages = _line.Delivered(user).SelectMany(r => r.Objects).ToList();
        var carousel = messages.Single(m => m["type"]!.GetValue<string>() == "flex")["contents"]!;
        carousel["type"]!.GetValue<string>().Should().Be("carousel");
        carousel["contents"]!.AsArray().Should().HaveCount(12);
        carousel["contents"]![0]!["hero"]!["url"]!.GetValue<string>().Should().Be("https://shop.example/images/1.png");
        messages.Last()["text"]!.GetValue<string>().Should().StartWith("13. Produkt 13").And.Contain("20. Produkt 20");
    }

    [Fact]
    public async Task TwentyQuickReplies_WithLongLabelsAndOneOversizedPayload_AreCutToWhatLineAccepts()
    {
        var user = LineEvents.NewUserId();
        var options = Enumerable.Range(1, 20).Select(i => new QuickReply($"Eine sehr lange Beschriftung Nummer {i}", $"1:cat:c{i}")).ToList();
        options.Insert(0, new QuickReply("Zu groß", new string('x', 301)));

        var result = await SendAsync(user, OutboundReply.Of(new QuickRepliesPart("Wähle:", options)));

        result.Outcome.Should().Be(SendOutcome.Sent);
        var items = _line.Delivered(user).Single().QuickReplyActions.ToList();
        items.Should().HaveCount(13);
        items.Should().OnlyContain(a => a["label"]!.GetValue<string>().Length <= 20 && a["data"]!.GetValue<string>().Length <= 300);
        items[0]["data"]!.GetValue<string>().Should().Be("1:cat:c1", "the payload LINE would refuse is left out");
        items[0]["displayText"]!.GetValue<string>().Should().Be("Eine sehr lange Beschriftung Nummer 1", "the chat shows the whole title");
    }

    [Fact]
    public async Task SevenTexts_AreTwoRequestsOfAtMostFive_TheFirstThroughTheReplyToken()
    {
        var user = LineEvents.NewUserId();
        var token = _line.IssueReplyToken(user);
        var reply = new OutboundReply(Enumerable.Range(1, 7).Select(i => (ReplyPart)new TextPart($"Teil {i}")).ToList());

        var result = await SendAsync(user, reply, token);

        result.Outcome.Should().Be(SendOutcome.Sent);
        var requests = _line.Delivered(user);
        requests.Select(r => (r.Kind, r.Messages.Count)).Should().Equal(("reply", 5), ("push", 2));
        requests.SelectMany(r => r.Texts).Should().Equal(Enumerable.Range(1, 7).Select(i => $"Teil {i}"));
    }

    [Fact]
    public async Task PaymentLink_IsAUriButton_AndAnAddressLineCannotOpenIsText()
    {
        var user = LineEvents.NewUserId();

        await SendAsync(user, OutboundReply.Of(
            new LinkPart("Deine Bestellung 10042 über 59,90 € ist reserviert.", "Jetzt bezahlen (sicher mit Karte)", "https://pay.example/pay/10042"),
            new LinkPart("Kaputt", "Öffnen", "javascript:alert(1)")));

        var messages = _line.Delivered(user).Single().Objects.ToList();
        var button = messages[0]["contents"]!["footer"]!["contents"]![0]!["action"]!;
        button["type"]!.GetValue<string>().Should().Be("uri");
        button["uri"]!.GetValue<string>().Should().Be("https://pay.example/pay/10042");
        button["label"]!.GetValue<string>().Length.Should().BeLessThanOrEqualTo(20);
        messages[1]["type"]!.GetValue<string>().Should().Be("text");
    }

    [Fact]
    public async Task Cart_IsABubbleWithARemoveButtonPerLine()
    {
        var user = LineEvents.NewUserId();
        var lines = new[]
        {
            new CartPartLine("Sneaker Rot mit extra langem Namen (42)", 1, "59,90 €", "1:r:sneaker"),
            new CartPartLine("Socken 3er-Pack", 2, "25,80 €", "1:r:socken"),
        };

        await SendAsync(user, OutboundReply.Of(new CartPart(lines, "85,70 €", "Dein Warenkorb:\n1 × Sneaker Rot (42) — 59,90 €\n2 × Socken 3er-Pack — 25,80 €\nSumme: 85,70 €")));

        var bubble = _line.Delivered(user).Single().Objects.Single()["contents"]!;
        bubble["body"]!["contents"]![0]!["text"]!.GetValue<string>().Should().Contain("Summe: 85,70 €");
        var removes = bubble["footer"]!["contents"]!.AsArray().Select(b => b!["action"]!).ToList();
        removes.Select(a => a["data"]!.GetValue<string>()).Should().Equal("1:r:sneaker", "1:r:socken");
        removes.Select(a => a["label"]!.GetValue<string>()).Should().Equal("✕ Sneaker Rot mit e…", "✕ Socken 3er-Pack");
    }

    [Fact]
    public async Task AFlexMessageLineRefuses_IsSentAgainAsItsTextForm()
    {
        var user = LineEvents.NewUserId();
        var cards = new[] { Card("Kaffee", 1) with { ImageUrl = "https://shop.example/images/kaffee.png" } };
        _line.FailNext(user, 400, "A message (messages[0]) in the request body is invalid");

        var result = await SendAsync(user, OutboundReply.Of(new CarouselPart(cards)), _line.IssueReplyToken(user));

        result.Outcome.Should().Be(SendOutcome.Sent);
        var delivered = _line.Delivered(user).Single();
        delivered.Kind.Should().Be("reply", "a refused request does not spend the token");
        delivered.Objects.Single()["text"]!.GetValue<string>().Should().Contain("1. Kaffee");
        delivered.QuickReplyActions.Single()["data"]!.GetValue<string>().Should().Be("1:a:kaffee");
    }

    [Fact]
    public async Task ASpentReplyToken_IsNotUsedTwice()
    {
        var user = LineEvents.NewUserId();
        var message = Outbox(user, OutboundReply.Of(new TextPart("Erste")), _line.IssueReplyToken(user));
        (await _sender.SendAsync(message, Context, default)).Outcome.Should().Be(SendOutcome.Sent);

        message.ReplyToken.Should().BeNull("a used token is forgotten with the row");
        message.SentParts = 0;
        (await _sender.SendAsync(message, Context, default)).Outcome.Should().Be(SendOutcome.Sent);

        _line.For(user).Select(r => (r.Kind, r.Status)).Should().Equal(("reply", 200), ("push", 200));
    }

    [Theory]
    [InlineData("six messages")]
    [InlineData("thirteen bubbles")]
    [InlineData("fourteen quick replies")]
    [InlineData("long label")]
    [InlineData("long postback data")]
    [InlineData("http image")]
    [InlineData("push without retry key")]
    [InlineData("reused reply token")]
    [InlineData("expired reply token")]
    public async Task TheFakeLineApi_RefusesWhatLineRefuses(string violation)
    {
        var user = LineEvents.NewUserId();
        JsonNode Text(string text) => new JsonObject { ["type"] = "text", ["text"] = text };
        JsonObject Postback(string label, string data) => new() { ["type"] = "postback", ["label"] = label, ["data"] = data };
        JsonNode Bubble(string? image = null) => image is null
            ? new JsonObject { ["type"] = "bubble", ["body"] = new JsonObject { ["type"] = "box", ["layout"] = "vertical", ["contents"] = new JsonArray(Text("x")) } }
            : new JsonObject { ["type"] = "bubble", ["hero"] = new JsonObject { ["type"] = "image", ["url"] = image } };
        JsonNode WithQuickReplies(int count, string label = "ok", string data = "1:cart") => new JsonObject
        {
            ["type"] = "text",
            ["text"] = "x",
            ["quickReply"] = new JsonObject { ["items"] = new JsonArray(Enumerable.Range(0, count).Select(_ => (JsonNode)new JsonObject { ["type"] = "action", ["action"] = Postback(label, data) }).ToArray()) },
        };
        JsonNode Carousel(int bubbles, string? image = null) => new JsonObject
        {
            ["type"] = "flex",
            ["altText"] = "x",
            ["contents"] = new JsonObject { ["type"] = "carousel", ["contents"] = new JsonArray(Enumerable.Range(0, bubbles).Select(_ => Bubble(image)).ToArray()) },
        };

        (JsonArray First, JsonArray? Second, string? Token, bool RetryKey) plan = violation switch
        {
            "six messages" => (Messages(Enumerable.Range(0, 6).Select(i => Text($"{i}")).ToArray()), null, null, true),
            "thirteen bubbles" => (Messages(Carousel(13)), null, null, true),
            "fourteen quick replies" => (Messages(WithQuickReplies(14)), null, null, true),
            "long label" => (Messages(WithQuickReplies(1, label: new string('l', 21))), null, null, true),
            "long postback data" => (Messages(WithQuickReplies(1, data: new string('d', 301))), null, null, true),
            "http image" => (Messages(Carousel(1, "http://shop.example/a.png")), null, null, true),
            "push without retry key" => (Messages(Text("x")), null, null, false),
            "reused reply token" => (Messages(Text("x")), Messages(Text("y")), _line.IssueReplyToken(user), true),
            "expired reply token" => (Messages(Text("x")), null, _line.IssueReplyToken(user), true),
            _ => throw new ArgumentOutOfRangeException(nameof(violation)),
        };
        if (violation == "expired reply token")
            _clock.Advance(TimeSpan.FromSeconds(61));

        // A request within the limits is accepted, so the refusal below is about the limit alone.
        if (plan.Token is null && plan.RetryKey)
            (await PostAsync("push", user, Messages(Text("fine")), null, retryKey: true)).Should().Be(HttpStatusCode.OK);
        var firstStatus = await PostAsync(plan.Token is null ? "push" : "reply", user, plan.First, plan.Token, plan.RetryKey);
        var status = plan.Second is null ? firstStatus : await PostAsync("reply", user, plan.Second, plan.Token, plan.RetryKey);

        firstStatus.Should().Be(violation == "reused reply token" ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
        status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TheFakeLineApi_AnswersARepeatedRetryKeyWith409_AndDeliversOnce()
    {
        var user = LineEvents.NewUserId();
        var key = Guid.NewGuid();
        var messages = Messages(new JsonObject { ["type"] = "text", ["text"] = "einmal" });

        var first = await PostAsync("push", user, messages, null, true, key);
        var second = await PostAsync("push", user, messages, null, true, key);

        first.Should().Be(HttpStatusCode.OK);
        second.Should().Be(HttpStatusCode.Conflict);
        _line.Delivered(user).Should().ContainSingle();
    }

    private static readonly DeliveryContext Context = new(DateTimeOffset.UtcNow, "de");

    private static ProductCard Card(string title, int i) => new(
        Guid.NewGuid(), title, "Ein Produkt mit einer Beschreibung", $"{i},90 €", $"https://shop.example/images/{i}.png",
        [new ReplyAction("In den Warenkorb", Payload: $"1:a:{title.ToLowerInvariant()}"), new ReplyAction("Ansehen", Payload: $"1:s:{i}"), new ReplyAction("Im Shop", Url: "https://shop.example/p")]);

    private OutboxMessage Outbox(string user, OutboundReply reply, string? token = null)
    {
        var message = new OutboxMessage(Guid.NewGuid(), Channel.Line, user, reply, _clock.GetUtcNow());
        if (token is not null)
            message.AnswerThrough(new PlatformReplyToken(token, _clock.GetUtcNow()));
        return message;
    }

    private Task<SendResult> SendAsync(string user, OutboundReply reply, string? token = null) => _sender.SendAsync(Outbox(user, reply, token), Context, default);

    private static JsonArray Messages(params JsonNode[] messages) => new(messages);

    private async Task<HttpStatusCode> PostAsync(string kind, string user, JsonArray messages, string? token, bool retryKey, Guid? key = null)
    {
        var body = kind == "reply"
            ? new JsonObject { ["replyToken"] = token, ["messages"] = messages.DeepClone() }
            : new JsonObject { ["to"] = user, ["messages"] = messages.DeepClone() };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_line.BaseUrl}/v2/bot/message/{kind}")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LineShopFactory.AccessToken);
        if (kind == "push" && retryKey)
            request.Headers.Add("X-Line-Retry-Key", (key ?? Guid.NewGuid()).ToString());
        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }
}
