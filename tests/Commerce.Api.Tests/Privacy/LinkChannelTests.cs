using System.Text.RegularExpressions;
using Commerce.Api.Tests.Fixtures;

namespace Commerce.Api.Tests.Privacy;

/// <summary>Chats on two channels are joined only with a one-time code the shopper carries from one to the other.</summary>
public sealed partial class LinkChannelTests(PrivacyShopFactory factory) : IClassFixture<PrivacyShopFactory>
{
    [Fact]
    public async Task CodeFromTheWebChat_SentOnWhatsApp_JoinsCartAndOrderHistory()
    {
        var web = await PrivacyChats.WebChatAsync(factory);
        await web.SayAsync("1 schal in den warenkorb");
        var number = ShopQueries.OrderNumberIn(await web.CheckoutAsync());
        await web.SayAsync("2 socken in den warenkorb");
        var phone = PrivacyShopFactory.NewPhone();
        await SayOnWhatsAppAsync(phone, "1 basecap in den warenkorb");

        var offer = PrivacyChats.Said(await web.SayAsync("ich möchte auf whatsapp weiter"));
        var code = CodeIn(offer);
        var linked = await SayOnWhatsAppAsync(phone, code);

        offer.Should().Contain("15 Minuten");
        linked.Should().Contain("Verbunden");
        var cartOnWhatsApp = await SayOnWhatsAppAsync(phone, "warenkorb");
        cartOnWhatsApp.Should().Contain("Socken").And.Contain("Basecap");
        (await SayOnWhatsAppAsync(phone, $"wo ist meine bestellung {number}")).Should().Contain($"Bestellung {number}");
        PrivacyChats.Said(await web.SayAsync("warenkorb")).Should().Contain("Basecap").And.Contain("Socken");
    }

    [Fact]
    public async Task ExpiredCode_IsRefusedPolitely_AndJoinsNothing()
    {
        var asking = await PrivacyChats.WebChatAsync(factory);
        await asking.SayAsync("1 schal in den warenkorb");
        var code = CodeIn(PrivacyChats.Said(await asking.SayAsync("continue on another channel")));
        var other = await PrivacyChats.WebChatAsync(factory);

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var refused = PrivacyChats.Said(await other.SayAsync(code));

        refused.Should().Contain("abgelaufen");
        PrivacyChats.Said(await other.SayAsync("warenkorb")).Should().Contain("Warenkorb ist leer");
    }

    [Fact]
    public async Task UsedCode_IsRefusedTheSecondTime()
    {
        var asking = await PrivacyChats.WebChatAsync(factory);
        await asking.SayAsync("1 schal in den warenkorb");
        var code = CodeIn(PrivacyChats.Said(await asking.SayAsync("auf anderem kanal weiter")));
        var first = await PrivacyChats.WebChatAsync(factory);
        var second = await PrivacyChats.WebChatAsync(factory);

        var joined = PrivacyChats.Said(await first.SayAsync(code));
        var refused = PrivacyChats.Said(await second.SayAsync($"code: {code.ToLowerInvariant()}"));

        joined.Should().Contain("Verbunden");
        refused.Should().Contain("schon verwendet");
        PrivacyChats.Said(await first.SayAsync("warenkorb")).Should().Contain("Schal");
        PrivacyChats.Said(await second.SayAsync("warenkorb")).Should().Contain("Warenkorb ist leer");
    }

    [Fact]
    public async Task WrongCode_IsRefusedPolitely_AndNothingIsJoinedByGuessing()
    {
        var asking = await PrivacyChats.WebChatAsync(factory);
        await asking.SayAsync("1 schal in den warenkorb");
        var code = CodeIn(PrivacyChats.Said(await asking.SayAsync("auf anderem kanal weiter")));
        var guesser = await PrivacyChats.WebChatAsync(factory);

        var wrong = Guess(code);
        var refused = PrivacyChats.Said(await guesser.SayAsync(wrong));

        refused.Should().Contain("Diesen Code kenne ich nicht");
        PrivacyChats.Said(await guesser.SayAsync("warenkorb")).Should().Contain("Warenkorb ist leer");
        var stillValid = await PrivacyChats.WebChatAsync(factory);
        PrivacyChats.Said(await stillValid.SayAsync(code)).Should().Contain("Verbunden", "a wrong guess does not use up the real code");
    }

    private async Task<string> SayOnWhatsAppAsync(string phone, string text)
    {
        var before = factory.Graph.SentTo(phone).Count;
        await factory.WhatsAppTextAsync(phone, text);
        return PrivacyChats.Said(await factory.Graph.NextReplyAsync(phone, before));
    }

    private static string CodeIn(string text) => Code().Match(text).Value is { Length: 9 } code ? code : throw new InvalidOperationException($"No code in: {text}");

    /// <summary>The same code with its last character changed: as close as a guess can get.</summary>
    private static string Guess(string code) => code[..^1] + (code[^1] == '2' ? '3' : '2');

    [GeneratedRegex("[A-Z2-9]{4}-[A-Z2-9]{4}")]
    private static partial Regex Code();
}
