using System.Text.RegularExpressions;
using Commerce.Application.Understanding;

namespace Commerce.Application.Cart;

public enum CartEditKind
{
    /// <summary>"make it 3", "nur noch eins".</summary>
    SetQuantity,

    /// <summary>"remove one of the white sneakers", "eins weniger".</summary>
    Decrease,

    /// <summary>"one more", "noch eins".</summary>
    Increase,

    /// <summary>"change the size to 44", "lieber in L".</summary>
    ChangeVariant,
}

/// <param name="Amount">The number stated (for quantity edits).</param>
/// <param name="Variant">The option value asked for (for a variant change), as typed.</param>
/// <param name="Rest">The message without the edit's own words: what is left names the line ("the white sneakers").</param>
public sealed record CartEdit(CartEditKind Kind, int? Amount, string? Variant, string Rest);

/// <summary>
/// Recognises edits of a cart line in a message. These phrasings are exact enough for patterns, and acting on them needs
/// more than an intent: which line, and the number or size.
/// </summary>
internal static partial class CartEditReader
{
    private const string Number = @"(?<n>\d{1,2}|ein|eins|eine|einen|one|a|an|two|zwei|zwo|three|drei|four|vier|five|fuenf|six|sechs|seven|sieben|eight|acht|nine|neun|ten|zehn)";
    // For setting a quantity, articles are no number: "nur ein paar fragen", "doch eine frage".
    private const string Count = @"(?<n>\d{1,2}|eins|one|two|zwei|zwo|three|drei|four|vier|five|fuenf|six|sechs|seven|sieben|eight|acht|nine|neun|ten|zehn)";
    private const string Value = @"(?<v>[a-z0-9]{1,4})";

    private static readonly (Regex Pattern, CartEditKind Kind)[] Patterns =
    [
        (new Regex($@"\b(?:change|switch|swap|make)(?<what>(?: [a-z0-9-]+){{0,4}}?) (?:to|for|into|in)(?: a| an)? size {Value}\b"), CartEditKind.ChangeVariant),
        (new Regex($@"\b(?:change|switch|swap)(?<what>(?: [a-z0-9-]+){{0,4}}?) (?:to|for|into) (?:a |an )?{Value}\b"), CartEditKind.ChangeVariant),
        (new Regex($@"\bin (?:groesse |size )?{Value} (?:statt|anstatt|anstelle|instead of)\b"), CartEditKind.ChangeVariant),
        (new Regex($@"\b(?:change|switch|swap) the size (?:to|for) {Value}\b"), CartEditKind.ChangeVariant),
        (new Regex($@"\b(?:make it|rather|actually)(?: in)? size {Value}\b"), CartEditKind.ChangeVariant),
        (new Regex($@"\b(?:in|size) {Value} instead\b"), CartEditKind.ChangeVariant),
        (new Regex($@"\blieber (?:in groesse |in gr |in |groesse |gr ){Value}\b"), CartEditKind.ChangeVariant),
        (new Regex($@"\bdoch (?:lieber )?(?:in groesse |in |groesse ){Value}\b"), CartEditKind.ChangeVariant),
        (new Regex($@"\b(?:aendere|aender|aendern|tausch|tausche|tauschen|wechsel|wechsle|wechseln|mach|mache)(?: bitte)?(?: die groesse| das| es| die| den)? (?:auf|gegen|in|zu)(?: groesse| gr)? {Value}\b(?! stueck| mal)"), CartEditKind.ChangeVariant),
        (new Regex($@"\bgroesse {Value} (?:statt|anstatt|anstelle)\b"), CartEditKind.ChangeVariant),

        (new Regex($@"\bmake (?:it|that|them) (?:just |only )?{Count}\b"), CartEditKind.SetQuantity),
        (new Regex($@"\b(?:change|set|update|reduce|increase|lower|raise)(?: it| that| them| the quantity| the amount| quantity| amount)? to {Count}\b"), CartEditKind.SetQuantity),
        (new Regex($@"\bi (?:only |just )?(?:want|need) (?:just |only ){Count}\b"), CartEditKind.SetQuantity),
        (new Regex($@"^(?:actually |oh |ok |okay |hmm )?(?:just|only) {Count}(?: pair| pairs| piece| pieces| please| pls| then| instead)*$"), CartEditKind.SetQuantity),
        (new Regex($@"\bnur (?:noch )?{Count}\b(?! (?:paar|bisschen|frage|fragen|mal))"), CartEditKind.SetQuantity),
        (new Regex($@"\bdoch (?:nur )?{Count}\b(?! mehr)"), CartEditKind.SetQuantity),
        (new Regex($@"\b(?:mach|mache|aendere|aender|setz|setze|stell|stelle|reduzier|reduziere)(?: bitte)?(?: es| das| die menge| die anzahl| den| die)? (?:auf|zu) {Count}\b"), CartEditKind.SetQuantity),
        (new Regex($@"\bauf {Count} (?:aendern|reduzieren|erhoehen|setzen|stellen|aendere|reduziere)\b"), CartEditKind.SetQuantity),
        (new Regex($@"\binsgesamt {Count}\b"), CartEditKind.SetQuantity),
        (new Regex($@"\b{Count} (?:statt|anstatt|instead of) (?:\d{{1,2}}|[a-z]+)\b"), CartEditKind.SetQuantity),
        (new Regex($@"\b{Count} (?:instead|stattdessen)\b"), CartEditKind.SetQuantity),
        (new Regex($@"\b(?:mach|mache)(?: bitte)? {Count} (?:draus|daraus)\b"), CartEditKind.SetQuantity),

        (new Regex($@"\b(?:remove|take out|take off|delete|drop) {Number} (?:of|from)\b"), CartEditKind.Decrease),
        (new Regex($@"\b{Number} (?:less|fewer)\b"), CartEditKind.Decrease),
        (new Regex($@"\b{Number} weniger\b"), CartEditKind.Decrease),
        (new Regex($@"\b(?:entferne|entfern|nimm|loesche|loesch|streiche|streich)(?: bitte)? {Number} (?:von|davon|der|raus|weg)\b"), CartEditKind.Decrease),

        (new Regex($@"\b{Number} more\b(?! (?:question|thing|info))"), CartEditKind.Increase),
        (new Regex(@"\banother one\b"), CartEditKind.Increase),
        (new Regex($@"^(?:und |bitte )?noch {Number}(?: davon| dazu| bitte| mehr)*$"), CartEditKind.Increase),
    ];

    public static CartEdit? Read(string text)
    {
        var folded = Fold(text);
        if (folded.Length is 0 or > 200)
            return null;
        foreach (var (pattern, kind) in Patterns)
        {
            var match = pattern.Match(folded);
            if (!match.Success)
                continue;
            // What the edit's own words enclose ("change the hoodie to L") still names the line.
            var rest = $"{folded[..match.Index]} {match.Groups["what"].Value} {folded[(match.Index + match.Length)..]}".Trim();
            if (kind == CartEditKind.ChangeVariant)
            {
                var value = match.Groups["v"].Value;
                // "change that to two" counts; "change that to 44" may be a size (the line's product decides).
                return !value.All(char.IsAsciiDigit) && NumberWords.Parse(value) is { } count
                    ? new CartEdit(CartEditKind.SetQuantity, count, null, rest)
                    : new CartEdit(kind, null, value, rest);
            }
            var amount = match.Groups["n"].Success ? AmountOf(match.Groups["n"].Value) : 1;
            if (amount is null)
                continue;
            return new CartEdit(kind, amount, null, rest);
        }
        return null;
    }

    private static int? AmountOf(string word) => word switch
    {
        "ein" or "eine" or "einen" or "a" or "an" => 1,
        _ => NumberWords.Parse(word),
    };

    /// <summary>Lower-case, folded umlauts, punctuation as spaces, single spaces.</summary>
    private static string Fold(string text)
    {
        var folded = TextNormalizer.Fold(text.Length > 400 ? text[..400] : text);
        return Spaces().Replace(NotWord().Replace(folded, " "), " ").Trim();
    }

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NotWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
