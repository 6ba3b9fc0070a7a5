using Commerce.Application.Understanding;
using Commerce.Domain.Conversations;

namespace Commerce.Application.Cart;

/// <summary>Resolves "the second one", "nummer 3", "das erste" or "it"/"den" against what the shopper was last shown.</summary>
internal static class ProductReference
{
    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["last"] = -1,
        ["erste"] = 1, ["ersten"] = 1, ["erstes"] = 1, ["erster"] = 1,
        ["zweite"] = 2, ["zweiten"] = 2, ["zweites"] = 2, ["zweiter"] = 2,
        ["dritte"] = 3, ["dritten"] = 3, ["drittes"] = 3, ["dritter"] = 3,
        ["vierte"] = 4, ["vierten"] = 4, ["fuenfte"] = 5, ["fuenften"] = 5,
        ["letzte"] = -1, ["letzten"] = -1, ["letztes"] = -1,
        ["1st"] = 1, ["2nd"] = 2, ["3rd"] = 3, ["4th"] = 4, ["5th"] = 5,
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "it", "this", "that", "this one", "that one", "es", "den", "die", "das", "ihn", "dieses", "diesen", "diese",
    };

    private static readonly HashSet<string> NumberMarkers = ["nr", "nummer", "number", "no", "#"];

    private static Guid? Position(IReadOnlyList<string> tokens, Conversation conversation)
    {
        foreach (var token in tokens)
        {
            if (Ordinals.TryGetValue(token, out var position))
                return conversation.ShownAt(position == -1 ? conversation.LastShownProductIds.Count : position);
        }

        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (NumberMarkers.Contains(tokens[i]) && int.TryParse(tokens[i + 1], out var number))
                return conversation.ShownAt(number);
        }

        return null;
    }

    public static bool IsOrdinal(string folded) => Ordinals.ContainsKey(folded);

    /// <summary>Only explicit positions ("das zweite", "number 3"), safe to look for in a whole sentence.</summary>
    public static Guid? ResolveOrdinal(string? text, Conversation conversation)
    {
        var tokens = TextNormalizer.Tokenize(text).Select(t => t.Norm).ToList();
        return conversation.LastShownProductIds.Count == 0 ? null : Position(tokens, conversation);
    }

    public static Guid? Resolve(string? query, Conversation conversation)
    {
        if (conversation.LastShownProductIds.Count == 0)
            return null;
        var tokens = TextNormalizer.Tokenize(query).Select(t => t.Norm).ToList();
        if (tokens.Count == 0)
            return null;

        if (Position(tokens, conversation) is { } positioned)
            return positioned;

        var rest = string.Join(' ', tokens.Where(t => t is not ("one" or "the" or "der" or "nehme" or "nimm" or "ich")));
        return Pronouns.Contains(rest) || rest.Length == 0 ? conversation.LastShownProductIds[0] : null;
    }
}
