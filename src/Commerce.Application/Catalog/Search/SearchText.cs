using System.Text;

namespace Commerce.Application.Catalog.Search;

/// <summary>
/// Folds text for matching: umlauts to ae/oe/ue, ß to ss, common accents stripped, lower case.
/// The database applies the same rules in the SQL function <c>commerce_fold</c> (migration ProductSearch);
/// both sides must agree or "Mütze" and "muetze" stop meeting. Change them together.
/// </summary>
public static class SearchText
{
    /// <summary>Accented letters and their plain form, position by position (same lists as commerce_fold).</summary>
    public const string Accented = "àáâãåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõøōőŕřśšşťùúûůūűųýÿźżž";
    public const string Plain = "aaaaaaaacccdeeeeeeeeiiiiiilnnnooooooorrssstuuuuuuuyyzzz";

    private static readonly Dictionary<char, string> Replacements = BuildReplacements();

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (Replacements.TryGetValue(lower, out var replacement))
                builder.Append(replacement);
            else
                builder.Append(lower);
        }

        return builder.ToString();
    }

    private static Dictionary<char, string> BuildReplacements()
    {
        var map = new Dictionary<char, string>
        {
            ['ä'] = "ae", ['ö'] = "oe", ['ü'] = "ue", ['ß'] = "ss", ['æ'] = "ae", ['œ'] = "oe",
        };
        for (var i = 0; i < Accented.Length; i++)
            map[Accented[i]] = Plain[i].ToString();
        return map;
    }
}
