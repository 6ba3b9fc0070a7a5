using Commerce.Application.Understanding;

namespace Commerce.Application.ShopInfo;

/// <summary>The chat's words around the merchant's shop information, in German and English.</summary>
public sealed class ShopInfoTexts
{
    public static readonly ShopInfoTexts De = new()
    {
        ChooseTopic = "Wozu möchtest du etwas wissen?",
        NothingYet = "Dazu hat der Shop noch nichts hinterlegt. Frag gern eine Person aus dem Team.",
        MoreQuestions = "Noch eine Frage?",
        Topics = new Dictionary<string, string>
        {
            [ShopTopics.Shipping] = "Versand",
            [ShopTopics.Delivery] = "Lieferzeit",
            [ShopTopics.Returns] = "Rückgabe",
            [ShopTopics.Payment] = "Bezahlung",
            [ShopTopics.Contact] = "Kontakt",
        },
    };

    public static readonly ShopInfoTexts En = new()
    {
        ChooseTopic = "What would you like to know?",
        NothingYet = "The shop hasn't written anything about that yet. Feel free to ask a person from the team.",
        MoreQuestions = "Anything else?",
        Topics = new Dictionary<string, string>
        {
            [ShopTopics.Shipping] = "Shipping",
            [ShopTopics.Delivery] = "Delivery time",
            [ShopTopics.Returns] = "Returns",
            [ShopTopics.Payment] = "Payment",
            [ShopTopics.Contact] = "Contact",
        },
    };

    public required string ChooseTopic { get; init; }

    public required string NothingYet { get; init; }

    public required string MoreQuestions { get; init; }

    /// <summary>Button labels per topic (at most 20 characters: LINE's and Messenger's limit).</summary>
    public required IReadOnlyDictionary<string, string> Topics { get; init; }

    public static ShopInfoTexts For(string language) => language == "en" ? En : De;
}
