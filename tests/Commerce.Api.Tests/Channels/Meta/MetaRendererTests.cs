using System.Text.Json.Nodes;
using Commerce.Application.Messaging;
using Commerce.Application.Understanding;
using Commerce.Channels;
using Commerce.Channels.Meta;

namespace Commerce.Api.Tests.Channels.Meta;

/// <summary>The Graph renderer keeps every platform limit, whatever the reply holds.</summary>
public sealed class MetaRendererTests
{
    private static readonly string LongName = "Extrem bequemer Sneaker aus recyceltem Material in Rot mit weißer Sohle und passenden Schnürsenkeln für jeden Tag ".PadRight(120, 'x');

    private static readonly OutboundReply Search = OutboundReply.Of(
        new TextPart("Das habe ich gefunden:"),
        new CarouselPart(Enumerable.Range(1, 14).Select(Card).ToList()),
        new QuickRepliesPart("Noch etwas?", Enumerable.Range(1, 16).Select(i => new QuickReply($"Eine sehr lange Auswahl Nummer {i}", $"1:cat:c{i}")).ToList()));

    [Fact]
    public void Messenger_CarouselAndQuickReplies_StayWithinTheSendApiLimits()
    {
        var messages = new GraphReplyRenderer(MetaCapabilities.Messenger, GraphFormat.SendApi).Render(Search, "de");

        messages.Should().HaveCount(3);
        var elements = messages[1]["attachment"]!["payload"]!["elements"]!.AsArray();
        elements.Should().HaveCount(10);
        foreach (var element in elements)
        {
            element!["title"]!.GetValue<string>().Should().EndWith("…").And.Match(t => t.Length >= 75 && t.Length <= 80);
            element["subtitle"]!.GetValue<string>().Length.Should().BeLessThanOrEqualTo(80);
            element["buttons"]!.AsArray().Should().HaveCount(3).And.OnlyContain(b => b!["title"]!.GetValue<string>().Length <= 20);
        }

        var quickReplies = messages[2]["quick_replies"]!.AsArray();
        quickReplies.Should().HaveCount(13).And.OnlyContain(q => q!["title"]!.GetValue<string>().Length <= 20 && q["payload"]!.GetValue<string>().Length <= ActionPayload.MaxBytes);
        quickReplies[0]!["title"]!.GetValue<string>().Should().EndWith("…");
    }

    [Fact]
    public void Instagram_UsesTheSameShape_WithItsShorterTextLimit()
    {
        var reply = OutboundReply.Of(new TextPart(new string('a', 1500)), new CarouselPart([Card(1)]));

        var messages = new GraphReplyRenderer(MetaCapabilities.Instagram, GraphFormat.SendApi).Render(reply, "de");

        messages[0]["text"]!.GetValue<string>().Should().HaveLength(1000);
        messages[1]["attachment"]!["payload"]!["template_type"]!.GetValue<string>().Should().Be("generic");
    }

    [Fact]
    public void WhatsApp_SearchBecomesAListWithinItsLimits_AndManyChoicesBecomeNumberedText()
    {
        var messages = new GraphReplyRenderer(MetaCapabilities.WhatsApp, GraphFormat.WhatsApp).Render(Search, "de");

        var list = messages[1]["interactive"]!;
        list["type"]!.GetValue<string>().Should().Be("list");
        list["body"]!["text"]!.GetValue<string>().Length.Should().BeLessThanOrEqualTo(1024);
        list["action"]!["button"]!.GetValue<string>().Length.Should().BeLessThanOrEqualTo(20);
        var rows = list["action"]!["sections"]![0]!["rows"]!.AsArray();
        rows.Should().HaveCount(10);
        rows.Should().OnlyContain(r => r!["title"]!.GetValue<string>().Length <= 24 && r["description"]!.GetValue<string>().Length <= 72);
        rows.Select(r => r!["id"]!.GetValue<string>()).Should().OnlyHaveUniqueItems().And.OnlyContain(id => id.StartsWith("1:s:"));

        var choices = messages[2];
        choices["type"]!.GetValue<string>().Should().Be("text");
        choices["text"]!["body"]!.GetValue<string>().Should().Contain("16. Eine sehr lange Auswahl Nummer 16");
    }

    [Fact]
    public void WhatsApp_OneProductIsItsImageWithButtons_AndFewChoicesAreReplyButtons()
    {
        var reply = OutboundReply.Of(new CarouselPart([Card(1)]), new QuickRepliesPart("Welche Größe?", [new("41", "1:a:x"), new("42", "1:a:y")]));

        var messages = new GraphReplyRenderer(MetaCapabilities.WhatsApp, GraphFormat.WhatsApp).Render(reply, "de");

        var card = messages[0]["interactive"]!;
        card["type"]!.GetValue<string>().Should().Be("button");
        card["header"]!["image"]!["link"]!.GetValue<string>().Should().Be("https://shop.example/images/1.png");
        card["action"]!["buttons"]!.AsArray().Should().HaveCount(3).And.OnlyContain(b => b!["reply"]!["title"]!.GetValue<string>().Length <= 20);
        messages[1]["interactive"]!["action"]!["buttons"]!.AsArray().Should().HaveCount(2);
    }

    [Fact]
    public void WhatsApp_WithACatalog_SendsTheNativeProductList()
    {
        var messages = new GraphReplyRenderer(MetaCapabilities.WhatsApp, GraphFormat.WhatsApp, "194836987003835").Render(Search, "en");

        var list = messages[1]["interactive"]!;
        list["type"]!.GetValue<string>().Should().Be("product_list");
        list["action"]!["catalog_id"]!.GetValue<string>().Should().Be("194836987003835");
        var items = list["action"]!["sections"]!.AsArray().SelectMany(s => s!["product_items"]!.AsArray()).ToList();
        items.Should().HaveCount(14).And.HaveCountLessThanOrEqualTo(30);
        items[0]!["product_retailer_id"]!.GetValue<string>().Should().Be("SKU-1");
    }

    [Fact]
    public void PaymentLink_IsAUrlButton_OnEveryChannel()
    {
        var reply = OutboundReply.Of(new LinkPart("Deine Bestellung 10042 ist bereit. Hier kannst du bezahlen:", "Jetzt sicher und bequem bezahlen", "https://pay.example/s/abc"));

        var messenger = new GraphReplyRenderer(MetaCapabilities.Messenger, GraphFormat.SendApi).Render(reply, "de").Single();
        var whatsApp = new GraphReplyRenderer(MetaCapabilities.WhatsApp, GraphFormat.WhatsApp).Render(reply, "de").Single();

        var button = messenger["attachment"]!["payload"]!["buttons"]![0]!;
        button["type"]!.GetValue<string>().Should().Be("web_url");
        button["url"]!.GetValue<string>().Should().Be("https://pay.example/s/abc");
        button["title"]!.GetValue<string>().Should().HaveLength(20).And.EndWith("…");
        var cta = whatsApp["interactive"]!;
        cta["type"]!.GetValue<string>().Should().Be("cta_url");
        cta["action"]!["parameters"]!["url"]!.GetValue<string>().Should().Be("https://pay.example/s/abc");
        cta["action"]!["parameters"]!["display_text"]!.GetValue<string>().Length.Should().BeLessThanOrEqualTo(20);
    }

    [Fact]
    public void Shorten_NeverSplitsAnEmoji()
    {
        ChannelText.Shorten("Rote Sneaker 👟👟👟", 15).Should().Be("Rote Sneaker…");
        ChannelText.Shorten("Rote Sneaker 👟👟👟", 16).Should().Be("Rote Sneaker 👟…");
        ChannelText.Shorten("kurz", 20).Should().Be("kurz");
    }

    private static ProductCard Card(int i)
    {
        var id = Guid.NewGuid();
        return new ProductCard(id, $"{i} {LongName}", "Größe: 38, 39, 40, 41, 42, 43, 44, 46, 47, 48 und viele weitere Größen", "59,90 €", $"https://shop.example/images/{i}.png",
            [new ReplyAction("In den Warenkorb legen", ActionPayload.AddProduct(id)), new ReplyAction("Details ansehen und mehr", ActionPayload.ShowProduct(id)), new ReplyAction("Im Shop öffnen", Url: "https://shop.example/p/" + i), new ReplyAction("Vierter", "1:help")],
            $"SKU-{i}");
    }
}
