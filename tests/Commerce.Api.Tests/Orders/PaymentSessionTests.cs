using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Commerce.Api.Tests.Fixtures;
using Commerce.Api.Tests.Payments;
using Commerce.Application.Payments;
using Commerce.Domain.Common;
using Commerce.Infrastructure.Payments.Stripe;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Orders;

/// <summary>
/// The demo shop with Stripe played by a fake on loopback and a claim lease of two seconds, so a slow provider easily
/// outlasts it. Also used for a second instance on the same database (a restart), or with a gateway that stands for a
/// process dying at a chosen moment.
/// </summary>
public sealed class ShortLeaseStripeShop : ApiFactory, IAsyncLifetime
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(2);

    private readonly bool _ownsStripe;
    private readonly string? _database;
    private readonly Func<IPaymentGateway, IPaymentGateway>? _gateway;

    public ShortLeaseStripeShop()
    {
        _ownsStripe = true;
    }

    private ShortLeaseStripeShop(FakeStripeServer stripe, string? database, Func<IPaymentGateway, IPaymentGateway>? gateway)
    {
        Stripe = stripe;
        _database = database;
        _gateway = gateway;
    }

    public FakeStripeServer Stripe { get; private set; } = null!;

    /// <summary>An instance using <paramref name="stripe"/>, started (call <see cref="DisposeAsync"/> to stop it).</summary>
    /// <param name="database">An existing shop's database (another instance of it), or null for a fresh demo shop.</param>
    /// <param name="gateway">Wraps the Stripe gateway this instance uses.</param>
    public static async Task<ShortLeaseStripeShop> StartAsync(
        FakeStripeServer stripe, string? database = null, Func<IPaymentGateway, IPaymentGateway>? gateway = null)
    {
        var shop = new ShortLeaseStripeShop(stripe, database, gateway);
        await shop.InitializeAsync();
        return shop;
    }

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["Payments:Provider"] = "Stripe",
        ["Payments:Stripe:SecretKey"] = StripeTestServices.SecretKey,
        ["Payments:Stripe:WebhookSecret"] = StripeTestServices.WebhookSecret,
        ["Payments:Stripe:ApiBaseUrl"] = Stripe.BaseUrl.ToString(),
        ["Messaging:Lease"] = Lease.ToString(),
        // Every instance signs and accepts the same web chat sessions.
        ["WebChat:SessionKey"] = "payment-session-tests-web-chat-key",
    };

    public new async Task InitializeAsync()
    {
        if (_ownsStripe)
            Stripe = await FakeStripeServer.StartAsync();
        await base.InitializeAsync();
        if (_database is null)
            await WithDbAsync(DemoCatalogSeeder.SeedAsync);
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsStripe)
            await Stripe.DisposeAsync();
    }

    protected override Task<string> CreateDatabaseAsync() => _database is null ? base.CreateDatabaseAsync() : Task.FromResult(_database);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (_gateway is { } wrap)
            builder.ConfigureTestServices(services => services.AddTransient(provider => wrap(provider.GetRequiredService<StripePaymentGateway>())));
    }
}

/// <summary>
/// The payment session is opened after the checkout turn, by its own durable job: a provider slower than any lease, a
/// provider that is down for a moment or refuses, and a crash after the provider answered still give the shopper one
/// order, one payment session and one link — or one clear message and their cart back.
/// </summary>
public sealed class PaymentSessionTests(ShortLeaseStripeShop factory) : IClassFixture<ShortLeaseStripeShop>
{
    private static readonly TimeSpan SlowerThanTheLease = ShortLeaseStripeShop.Lease * 2.5;

    [Fact]
    public async Task StripeSlowerThanTheLease_GivesOneSessionOneLinkAndOneOrder()
    {
        var chat = await StartAsync("1 basecap in den warenkorb");
        factory.Stripe.Latency = request => request.Path == "/v1/checkout/sessions" ? SlowerThanTheLease : TimeSpan.Zero;
        try
        {
            var note = await chat.SayAsync("zur kasse");
            ChatClient.AllText(note).Should().Contain("ist reserviert").And.Contain("Zahlungslink vor");
            var number = ShopQueries.OrderNumberIn(note.Single());

            var link = (await chat.NextReplyAsync(waitSeconds: 20)).Should().ContainSingle(p => ChatClient.IsLink(p)).Subject;
            link.GetProperty("text").GetString().Should().Contain(number);
            (await chat.NextReplyAsync(waitSeconds: 4)).Should().BeEmpty("the shopper gets one link");

            var orderId = Guid.Parse((await factory.OrderAsync(number)).GetProperty("id").GetString()!);
            var sessionCalls = SessionRequests(orderId);
            sessionCalls.Should().ContainSingle("a live worker keeps its lease while Stripe is slow, so nobody asks a second time");
            (await OrdersOfAsync(chat)).Should().ContainSingle().Which.Should().Be(number);
            var session = SessionsOf(orderId).Should().ContainSingle().Subject;
            (await PaymentPageAsync(link)).Should().Be(session.Url);
        }
        finally
        {
            factory.Stripe.Latency = null;
        }
    }

    [Fact]
    public async Task StripeDownForAMoment_TheLinkComesWhenItAnswers_OnceAndForTheSameSession()
    {
        var chat = await StartAsync("1 schal in den warenkorb");
        factory.Stripe.FailNext(503, FakeStripeServer.Error("api_error", null, "Down."), new Dictionary<string, string> { ["Stripe-Should-Retry"] = "false" });

        var link = await chat.CheckoutAsync();

        (await chat.NextReplyAsync(waitSeconds: 3)).Should().BeEmpty("the shopper hears nothing of the failed attempt, and gets one link");
        var orderId = Guid.Parse(new Uri(link.GetProperty("url").GetString()!).Segments.Last());
        var attempts = SessionRequests(orderId);
        attempts.Should().HaveCount(2, "the job tried again after a pause");
        attempts.Select(r => r.Header("Idempotency-Key")).Distinct().Should().ContainSingle("a retry asks for the same session");
        (await PaymentPageAsync(link)).Should().Be(SessionsOf(orderId).Should().ContainSingle().Subject.Url);
    }

    [Fact]
    public async Task StripeRefuses_TheShopperIsTold_StockIsReleased_AndTheCartIsBack()
    {
        var stockBefore = await factory.StockAsync("WATCH-SLV");
        var chat = await StartAsync("armbanduhr in den warenkorb");
        factory.Stripe.FailNextWithInvalidRequest("Invalid URL: success_url must be a valid URL.", "success_url");

        var note = await chat.SayAsync("zur kasse");
        var number = ShopQueries.OrderNumberIn(note.Single());
        var told = ChatClient.AllText(await chat.NextReplyAsync());

        told.Should().Contain($"Bestellung {number}").And.Contain("nicht öffnen").And.Contain("wieder in deinem Warenkorb");
        (await factory.StockAsync("WATCH-SLV")).Should().Be(stockBefore);
        (await factory.OrderAsync(number)).GetProperty("status").GetString().Should().Be("PaymentFailed");
        var cart = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/chat/sessions/{chat.SessionId}/cart");
        cart.GetProperty("itemCount").GetInt32().Should().Be(1);
        (await chat.NextReplyAsync(waitSeconds: 2)).Should().BeEmpty("no link follows a failed checkout");
    }

    [Fact]
    public async Task CancellingWhileStripeIsSlowerThanTheLease_RunsTheTurnOnce()
    {
        var chat = await StartAsync("1 gürtel in den warenkorb");
        var link = await chat.CheckoutAsync();
        var number = ShopQueries.OrderNumberIn(link);
        factory.Stripe.Latency = request => request.Path.EndsWith("/expire", StringComparison.Ordinal) ? SlowerThanTheLease : TimeSpan.Zero;
        try
        {
            var reply = ChatClient.AllText(await chat.SayAsync("bestellung stornieren"));

            reply.Should().Contain($"Bestellung {number} ist storniert");
            (await chat.NextReplyAsync(waitSeconds: 4)).Should().BeEmpty("the turn ran once: one notice");
            var order = await factory.OrderAsync(number);
            order.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()).Should().Equal("PendingPayment", "Cancelled");
            var orderId = Guid.Parse(order.GetProperty("id").GetString()!);
            var session = SessionsOf(orderId).Single();
            factory.Stripe.Requests.Should().ContainSingle(r => r.Path == $"/v1/checkout/sessions/{session.Id}/expire",
                "the turn's lease is renewed while Stripe is slow, so no second run expires the session again");
        }
        finally
        {
            factory.Stripe.Latency = null;
        }
    }

    [Fact]
    public async Task ACrashAfterStripeAnsweredButBeforeTheCommit_StillGivesOneSessionAndOneLink()
    {
        await using var stripe = await FakeStripeServer.StartAsync();
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = await ShortLeaseStripeShop.StartAsync(stripe, gateway: gateway => new DiesAfterTheProviderAnswers(gateway, answered));
        ChatClient chat;
        string number;
        try
        {
            chat = new ChatClient(first.CreateClient());
            await chat.StartAsync();
            await chat.SayAsync("1 basecap in den warenkorb");
            var note = await chat.SayAsync("zur kasse");
            number = ShopQueries.OrderNumberIn(note.Single());
            await answered.Task.WaitAsync(TimeSpan.FromSeconds(20));
        }
        finally
        {
            await first.DisposeAsync(); // the instance is gone before it could record the session
        }

        var restarted = await ShortLeaseStripeShop.StartAsync(stripe, database: first.ConnectionString);
        try
        {
            var again = chat.Through(restarted.CreateClient());
            var link = (await again.NextReplyAsync(waitSeconds: 20)).Should().ContainSingle(p => ChatClient.IsLink(p)).Subject;
            link.GetProperty("text").GetString().Should().Contain(number);
            (await again.NextReplyAsync(waitSeconds: 3)).Should().BeEmpty("one link");

            var calls = stripe.Requests.Where(r => r.Path == "/v1/checkout/sessions").ToList();
            calls.Should().HaveCount(2, "the restarted instance asked again");
            calls.Select(r => r.Header("Idempotency-Key")).Distinct().Should().ContainSingle();
            var session = stripe.CreatedSessions.Should().ContainSingle("the same idempotency key gets the same session back").Subject;
            var http = restarted.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var redirect = await http.GetAsync(new Uri(link.GetProperty("url").GetString()!).PathAndQuery);
            redirect.StatusCode.Should().Be(HttpStatusCode.Redirect);
            redirect.Headers.Location!.ToString().Should().Be(session.Url);
            var orders = await restarted.CreateMerchantClient().GetFromJsonAsync<JsonElement>("/api/v1/orders");
            orders.GetProperty("totalCount").GetInt32().Should().Be(1);
        }
        finally
        {
            await restarted.DisposeAsync();
        }
    }

    private async Task<ChatClient> StartAsync(string addText)
    {
        var chat = new ChatClient(factory.CreateClient());
        await chat.StartAsync();
        ChatClient.AllText(await chat.SayAsync(addText)).Should().Contain("Warenkorb");
        return chat;
    }

    private List<RecordedRequest> SessionRequests(Guid orderId) =>
        factory.Stripe.Requests.Where(r => r.Path == "/v1/checkout/sessions" && r.Form.GetValueOrDefault("client_reference_id") == orderId.ToString()).ToList();

    private IReadOnlyList<CreatedSession> SessionsOf(Guid orderId) =>
        factory.Stripe.CreatedSessions.Where(s => s.OrderId == orderId.ToString()).ToList();

    /// <summary>The numbers of the orders placed in this chat.</summary>
    private async Task<List<string>> OrdersOfAsync(ChatClient chat)
    {
        var numbers = new List<string>();
        await factory.WithDbAsync(async db =>
        {
            var conversation = await db.Conversations.SingleAsync(c => c.SenderId == chat.SessionId);
            numbers = await db.Orders.Where(o => o.ConversationId == conversation.Id).Select(o => o.Number.ToString()).ToListAsync();
        });
        return numbers;
    }

    /// <summary>Where the chat's payment link takes the shopper.</summary>
    private async Task<string> PaymentPageAsync(JsonElement link)
    {
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await http.GetAsync(new Uri(link.GetProperty("url").GetString()!).PathAndQuery);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return response.Headers.Location!.ToString();
    }

    /// <summary>
    /// Stands for an instance that dies between the provider's answer and the commit: it passes the call on, reports
    /// that Stripe answered, and then never returns — until its host stops, which cancels the work uncommitted.
    /// </summary>
    private sealed class DiesAfterTheProviderAnswers(IPaymentGateway inner, TaskCompletionSource answered) : IPaymentGateway
    {
        public string Name => inner.Name;

        public async Task<Result<PaymentSession>> CreateSessionAsync(PaymentSessionRequest request, CancellationToken cancellationToken)
        {
            var session = await inner.CreateSessionAsync(request, cancellationToken);
            answered.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return session;
        }

        public Task<Result> ExpireSessionAsync(string sessionId, CancellationToken cancellationToken) => inner.ExpireSessionAsync(sessionId, cancellationToken);

        public Task<Result<PaymentRefund>> RefundAsync(PaymentRefundRequest request, CancellationToken cancellationToken) => inner.RefundAsync(request, cancellationToken);
    }
}
