using System.Collections.Frozen;

namespace Commerce.Application.Understanding;

/// <summary>Words that name goods, colours and materials (folded form), used to tell "show me X" from "show my cart".</summary>
internal static class ProductVocabulary
{
    private const string Nouns = """
        sneaker sneakers sneakr schuh schuhe laufschuh laufschuhe boots boot stiefel chelsea sandalen sandale
        shoe shoes trainers sandals slipper hausschuhe
        shirt shirts t-shirt t-shirts tshirt tshirts streifenshirt logo-shirt poloshirt poloshirts polo polos
        hoodie hoodies pullover pulli pullis strickpullover sweatshirt sweatshirts sweater sweaters jumper
        jacke jacken regenjacke daunenjacke jeansjacke lederjacke jacket jackets coat mantel parka weste vest
        jeans chino chinos hose hosen jogginghose jogger joggers trousers pants shorts leggings
        stoffbeutel beutel rucksack rucksaecke tasche taschen umhaengetasche weekender bag bags tote backpack backpacks crossbody
        basecap basecaps cap caps kappe muetze muetzen beanie beanies schal schals scarf scarves
        socken socke socks guertel ledergürtel ledergürtel belt belts sonnenbrille sonnenbrillen brille sunglasses
        armbanduhr uhr uhren watch watches wristwatch regenschirm schirm umbrella
        kaffee espresso espressobohnen bohnen filterkaffee coffee beans tee tees chai sencha tea teas
        becher tasse tassen mug mugs kleid kleider dress dresses rock skirt hemd hemden bluse blouse
        handschuhe gloves accessoires accessories
        """;

    private const string Colours = """
        red white black blue brown beige green grey gray cream yellow olive navy silver pink purple orange cognac
        natural tortoise havanna creme marine natur oliv olivgruen hellblau dunkelblau rosa lila bunt pink
        leder leather wolle wool baumwolle cotton canvas denim
        rain running down light dark knit striped logo filter ground spice enamel baseball chelsea crossbody
        emaille gewuerztee gemahlen hell dunkel
        """;

    // German colour adjectives inflect (rote, roten, roter); the stems are expanded below.
    private const string GermanColourStems = "rot weiss schwarz blau braun gruen grau gelb silbern golden hellblau dunkelblau olivgruen";

    // Compound heads: "regenjacke", "laufschuhe", "espressobohnen" end in one of these.
    private static readonly string[] Heads =
    [
        "schuh", "schuhe", "jacke", "jacken", "hose", "hosen", "shirt", "shirts", "tasche", "taschen", "pullover",
        "uhr", "brille", "brillen", "bohnen", "kaffee", "tee", "becher", "schirm", "beutel", "muetze", "guertel",
        "socken", "stiefel", "mantel", "kleid", "boots", "sneaker", "tasse", "tassen", "muetzen", "handschuhe", "beutel",
        "hoodie", "pulli", "cap", "caps", "rock", "kappe", "schal", "tuch", "sandalen",
    ];

    public static FrozenSet<string> Words { get; } = Build();

    /// <summary>Colour names are short and one typo away from everyday words ("write" / "white"), so they only match exactly.</summary>
    public static FrozenSet<string> ExactOnly { get; } = Words.Where(w => w.Length <= 6 && !Split(Nouns).Contains(w)).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NounSet = Split(Nouns).Select(TextNormalizer.Fold).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for product words and their modifiers (colours, materials), which all belong in a query.</summary>
    public static bool IsProduct(string folded, string? canonical) =>
        Words.Contains(folded) || (canonical is not null && Words.Contains(canonical)) || IsNoun(folded, canonical);

    /// <summary>True only for words naming a kind of goods; a colour alone ("der himmel ist blau") is weak evidence.</summary>
    public static bool IsNoun(string folded, string? canonical)
    {
        if (NounSet.Contains(folded) || (canonical is not null && NounSet.Contains(canonical)))
        {
            return true;
        }
        foreach (var head in Heads)
        {
            if (folded.Length >= head.Length + 3 && folded.EndsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static FrozenSet<string> Build()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in Split(Nouns).Concat(Split(Colours)))
        {
            words.Add(TextNormalizer.Fold(w));
        }
        foreach (var stem in Split(GermanColourStems))
        {
            words.Add(stem);
            foreach (var ending in new[] { "e", "en", "er", "es", "em" })
            {
                words.Add(stem + ending);
            }
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    internal static IEnumerable<string> Split(string list) =>
        list.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
