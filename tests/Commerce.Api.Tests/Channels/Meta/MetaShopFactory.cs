using System.Net.Http.Headers;
using System.Text;
using Commerce.Api.Tests.Fixtures;
using Commerce.Channels.Meta;

namespace Commerce.Api.Tests.Channels.Meta;

/// <summary>The API with the demo catalog and all three Meta channels pointed at a fake Graph API.</summary>
public sealed class MetaShopFactory : ApiFactory, IAsyncLifetime
{
    public const string AppSecret = "test-app-secret";
    public const string VerifyToken = "test-verify-token";
    public const string AccessToken = "test-access-token";
    public const string PageId = "1234567890";
    public const string InstagramId = "17841400000000000";
    public const string PhoneNumberId = "106540352242922";

    public FakeGraphApi Graph { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => Settings(Graph.BaseUrl);

    /// <summary>Messenger, Instagram and WhatsApp enabled with the test secrets, their Graph API at <paramref name="graphBaseUrl"/>.</summary>
    public static Dictionary<string, string?> Settings(string graphBaseUrl) => new()
    {
        ["Channels:Messenger:AppSecret"] = AppSecret,
        ["Channels:Messenger:VerifyToken"] = VerifyToken,
        ["Channels:Messenger:PageAccessToken"] = AccessToken,
        ["Channels:Messenger:GraphApiBaseUrl"] = graphBaseUrl,
        ["Channels:Messenger:PageId"] = PageId,
        ["Channels:Instagram:AppSecret"] = AppSecret,
        ["Channels:Instagram:VerifyToken"] = VerifyToken,
        ["Channels:Instagram:AccessToken"] = AccessToken,
        ["Channels:Instagram:GraphApiBaseUrl"] = graphBaseUrl,
        ["Channels:WhatsApp:AppSecret"] = AppSecret,
        ["Channels:WhatsApp:VerifyToken"] = VerifyToken,
        ["Channels:WhatsApp:AccessToken"] = AccessToken,
        ["Channels:WhatsApp:PhoneNumberId"] = PhoneNumberId,
        ["Channels:WhatsApp:GraphApiBaseUrl"] = graphBaseUrl,
        ["Channels:WhatsApp:UpdateTemplate:Name"] = "order_update",
    };

    public new async Task InitializeAsync()
    {
        await Graph.StartAsync();
        await base.InitializeAsync();
        await WithDbAsync(DemoCatalogSeeder.SeedAsync);
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Graph.DisposeAsync();
    }

    /// <summary>Posts a webhook body signed like Meta signs it (or with the given signature).</summary>
    public async Task<HttpResponseMessage> PostWebhookAsync(string channel, string json, string? signature = null)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/{channel}") { Content = content };
        request.Headers.Add("X-Hub-Signature-256", signature ?? MetaSignature.Sign(bytes, AppSecret));
        return await CreateClient().SendAsync(request);
    }

    /// <summary>A recorded payload from tests/Commerce.Api.Tests/Channels/Fixtures with its {{placeholders}} filled.</summary>
    public static string Fixture(string name, params (string Key, string Value)[] values)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Channels", "Fixtures", name));
        foreach (var (key, value) in values)
            text = text.Replace("{{" + key + "}}", value);
        return text;
    }

    public static string NewId() => Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString();
}
