using System.Text;
using Commerce.Application.Messaging;
using Commerce.Application.Understanding;
using Commerce.Channels.Telegram;
using Microsoft.Extensions.Logging.Abstractions;

namespace Commerce.Api.Tests.Channels.Telegram;

/// <summary>Whatever the reply, nothing the renderer produces may break a Bot API limit.</summary>
public sealed class TelegramRendererTests
{
    private const long ChatId = 4242;
    private static readonly string LongName = "Extra bequemer Sneaker " + new string('X', 97);

    private readonly TelegramRenderer _renderer = new(NullLogger<TelegramRenderer>.Instance);

    [Fact]
    public void FourteenProductsWithLongNames_StayWithinEveryLimit()
    {
        var cards = Enumerable.Range(1, 14).Select(i => Card($"{i} {LongName}"[..120], subtitle: new string('s', 2000))).ToList();

        var calls = _renderer.Render(OutboundReply.Of(new TextPart("Das habe ich gefunden:"), new CarouselPart(cards)), ChatId);

        AssertWithinLimits(calls);
        var album = calls.Select(c => c.Body).OfType<SendMediaGroup>().Single();
        album.Media.Should().HaveCount(10);
        var keyboard = calls.Select(c => c.Body).OfType<SendMessage>().Single(m => m.ReplyMarkup is not null);
        keyboard.ReplyMarkup!.InlineKeyboard.Should().HaveCount(10).And.OnlyContain(row => row.Count == 1);
        keyboard.ReplyMarkup.InlineKeyboard[0][0].Text.Should().StartWith("1 · ").And.EndWith("…");
        keyboard.Text.Should().Contain("14. ").And.Contain("11. ", "cards past the tenth are listed as numbered text");
    }

    [Fact]
    public void SingleCard_IsAPhotoWithCaptionAndItsActionsAsButtons()
    {
        var card = Card("Sneaker Rot", "Größen: 40, 41, 42", extra: new ReplyAction("Website", Url: "https://shop.example/snk-red"));

        var call = _renderer.Render(OutboundReply.Of(new CarouselPart([card])), ChatId).Should().ContainSingle().Subject;

        call.Method.Should().Be("sendPhoto");
        var photo = (SendPhoto)call.Body;
        photo.Caption.Should().Be("Sneaker Rot\nGrößen: 40, 41, 42\n59,90 €");
        var buttons = photo.ReplyMarkup!.InlineKeyboard.SelectMany(r => r).ToList();
        buttons.Select(b => b.CallbackData).Should().Contain(card.Actions[0].Payload);
        buttons.Should().Contain(b => b.Url == "https://shop.example/snk-red" && b.CallbackData == null);
    }

    [Fact]
    public void LongText_IsSplitAtLineEnds()
    {
        var text = string.Join('\n', Enumerable.Range(1, 400).Select(i => $"Zeile {i}: " + new string('a', 20)));

        var calls = _renderer.Render(OutboundReply.Of(new TextPart(text)), ChatId);

        AssertWithinLimits(calls);
        calls.Should().HaveCountGreaterThan(2);
        calls.Select(c => ((SendMessage)c.Body).Text).Should().OnlyContain(t => t.EndsWith(new string('a', 20), StringComparison.Ordinal));
    }

    [Fact]
    public void OversizedPayloads_AreDroppedNeverSent()
    {
        var options = new[] { new QuickReply("Warenkorb", "1:cart"), new QuickReply("Kaputt", "1:" + new string('z', 70)), new QuickReply("Hilfe", "1:help") };

        var calls = _renderer.Render(OutboundReply.Of(new QuickRepliesPart("Was nun?", options)), ChatId);

        AssertWithinLimits(calls);
        var buttons = ((SendMessage)calls.Single().Body).ReplyMarkup!.InlineKeyboard;
        buttons.Should().ContainSingle("short buttons share a row of up to three").Which.Select(b => b.Text).Should().Equal("Warenkorb", "Hilfe");
    }

    [Fact]
    public void LinkAndCart_BecomeUrlButtonAndTextTableWithRemoveButtons()
    {
        var cart = new CartPart([new CartPartLine("Sneaker Rot (42)", 1, "59,90 €", ActionPayload.RemoveProduct(Guid.NewGuid()))], "59,90 €", "Warenkorb:\n1 × Sneaker Rot (42) — 59,90 €\nSumme: 59,90 €");

        var calls = _renderer.Render(OutboundReply.Of(cart, new LinkPart("Hier bezahlen:", "Jetzt bezahlen", "https://pay.example/s/1")), ChatId);

        AssertWithinLimits(calls);
        var table = (SendMessage)calls[0].Body;
        table.Text.Should().Contain("1 × Sneaker Rot (42) — 59,90 €");
        table.ReplyMarkup!.InlineKeyboard.Single().Single().CallbackData.Should().StartWith("1:r:");
        ((SendMessage)calls[1].Body).ReplyMarkup!.InlineKeyboard.Single().Single().Url.Should().Be("https://pay.example/s/1");
    }

    private static ProductCard Card(string title, string? subtitle = "Größen: 40, 41", ReplyAction? extra = null)
    {
        var id = Guid.NewGuid();
        var actions = new List<ReplyAction> { new("In den Warenkorb", ActionPayload.AddProduct(id)), new("Details", ActionPayload.ShowProduct(id)) };
        if (extra is not null)
            actions.Add(extra);
        return new ProductCard(id, title, subtitle, "59,90 €", $"https://shop.example/images/{id:N}.jpg", actions);
    }

    private static void AssertWithinLimits(IEnumerable<TelegramCall> calls)
    {
        foreach (var body in calls.Select(c => c.Body))
        {
            switch (body)
            {
                case SendMessage message:
                    message.Text.Length.Should().BeInRange(1, TelegramCapabilities.MaxTextLength);
                    AssertButtons(message.ReplyMarkup);
                    break;
                case SendPhoto photo:
                    (photo.Caption?.Length ?? 0).Should().BeLessThanOrEqualTo(TelegramCapabilities.MaxCaptionLength);
                    AssertButtons(photo.ReplyMarkup);
                    break;
                case SendMediaGroup album:
                    album.Media.Count.Should().BeInRange(TelegramCapabilities.MinMediaGroup, TelegramCapabilities.MaxMediaGroup);
                    album.Media.Should().OnlyContain(m => (m.Caption ?? "").Length <= TelegramCapabilities.MaxCaptionLength);
                    break;
            }
        }
    }

    private static void AssertButtons(InlineKeyboardMarkup? markup)
    {
        foreach (var button in markup?.InlineKeyboard.SelectMany(r => r) ?? [])
        {
            (button.CallbackData is null ^ button.Url is null).Should().BeTrue("a button has exactly one action");
            if (button.CallbackData is { } data)
                Encoding.UTF8.GetByteCount(data).Should().BeInRange(1, TelegramCapabilities.MaxCallbackDataBytes);
        }
    }
}
