namespace Commerce.Application.Catalog.Search;

/// <summary>
/// The words search treats specially, as data: filler words to drop and groups of words that mean the
/// same thing in German and English. All entries are folded (see <see cref="SearchText"/>) and in base form;
/// inflected forms ("roten", "sneakers") reach them through <see cref="SearchQueryNormalizer"/>'s stemming.
/// </summary>
internal static class SearchVocabulary
{
    /// <summary>Chat filler in German and English; none of these describe a product.</summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // German
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine",
        "und", "oder", "mit", "fuer", "in", "im", "ins", "von", "vom", "zu", "zum", "zur", "auf", "aus", "bei", "an", "am", "als",
        "ich", "mir", "mich", "mein", "meine", "du", "dir", "ihr", "euch", "wir", "uns", "sie", "es", "man",
        "zeig", "zeige", "zeigt", "zeigen", "such", "suche", "suchen", "sucht", "habt", "hast", "haben", "gibt", "gib",
        "moechte", "moechten", "will", "wollen", "brauche", "brauchen", "kaufen", "haette", "haetten", "bitte", "gerne", "gern",
        "etwas", "was", "welche", "welcher", "welches", "wo", "auch", "noch", "mal", "so", "sehr", "ganz", "irgendwas",
        "groesse", "gr", "farbe", "stueck",
        // English
        "a", "an", "the", "some", "any", "something", "anything", "for", "with", "of", "on", "to", "and", "or",
        "me", "my", "i", "im", "you", "we", "do", "does", "have", "has", "got", "show", "find", "looking", "look",
        "want", "need", "would", "like", "please", "can", "could", "is", "are", "there", "get", "buy", "sell",
        "what", "which", "size", "color", "colour", "pair", "one", "ones",
    };

    /// <summary>
    /// Each row: words that mean the same for a shopper (translations, common alternatives, a narrower
    /// everyday term). A query word in a row is searched as any word of the row.
    /// </summary>
    public static readonly string[][] Synonyms =
    [
        // colours
        ["rot", "red"],
        ["schwarz", "black"],
        ["weiss", "white"],
        ["grau", "grey", "gray"],
        ["blau", "blue"],
        ["hellblau", "light blue"],
        ["gruen", "green"],
        ["oliv", "olive", "olivgruen"],
        ["braun", "brown"],
        ["gelb", "yellow"],
        ["beige"],
        ["marine", "navy", "dunkelblau"],
        ["creme", "cream"],
        ["silber", "silver"],
        ["gold", "golden"],
        ["natur", "natural"],
        ["rosa", "pink"],
        ["lila", "purple", "violett"],
        ["orange"],
        // product and category words
        ["schuh", "shoe", "footwear"],
        ["sneaker", "turnschuh", "trainer"],
        ["laufschuh", "running", "runner"],
        ["stiefel", "boot", "boots"],
        ["sandale", "sandal"],
        ["t-shirt", "tshirt", "shirt"],
        ["polo", "poloshirt"],
        ["hoodie", "kapuzenpullover"],
        ["pullover", "sweater", "pulli", "jumper"],
        ["sweatshirt", "sweater"],
        ["jacke", "jacket"],
        ["regenjacke", "raincoat"],
        ["regen", "rain"],
        ["hose", "trousers", "pants"],
        ["jogginghose", "joggers", "jogger", "sweatpants"],
        ["tasche", "bag"],
        ["rucksack", "backpack"],
        ["muetze", "beanie", "hat", "strickmuetze"],
        ["cap", "basecap", "kappe", "baseballkappe"],
        ["schal", "scarf"],
        ["socken", "socks", "sock"],
        ["guertel", "belt"],
        ["sonnenbrille", "sunglasses"],
        ["uhr", "watch", "armbanduhr", "wristwatch"],
        ["regenschirm", "umbrella", "schirm"],
        ["kaffee", "coffee", "espresso"],
        ["tee", "tea"],
        ["becher", "mug", "tasse", "cup"],
        ["leder", "leather"],
        ["wolle", "wool"],
        ["baumwolle", "cotton"],
    ];

    /// <summary>Word -> every word of its synonym rows (a word may sit in more than one row).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Alternatives = Synonyms
        .SelectMany(row => row.Select(word => (word, row)))
        .GroupBy(pair => pair.word, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.SelectMany(pair => pair.row).Distinct().ToArray(), StringComparer.Ordinal);
}
