using System.Net;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.WebChat;

public sealed class WebChatPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task GetChat_ServesThePage_AlwaysRevalidatedAndWithAStrictContentPolicy()
    {
        var response = await factory.CreateClient().GetAsync("/chat");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        response.Headers.CacheControl!.NoCache.Should().BeTrue();
        response.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'");
        (await response.Content.ReadAsStringAsync()).Should().Contain("Nordlicht Store").And.Contain("data-testid=\"chat-input\"");
    }

    [Theory]
    [InlineData("/chat/chat.js", "text/javascript")]
    [InlineData("/chat/chat.css", "text/css")]
    public async Task GetChatAsset_ServesItWithItsContentType(string path, string mediaType)
    {
        var response = await factory.CreateClient().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        response.Headers.CacheControl!.NoCache.Should().BeTrue();
    }

    [Theory]
    [InlineData("/chat/missing.js")]
    [InlineData("/chat/..%2Fappsettings.json")]
    [InlineData("/chat/..%2F..%2FCommerce.Api.dll")]
    public async Task GetChatAsset_OutsideThePageFiles_Answers404(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
