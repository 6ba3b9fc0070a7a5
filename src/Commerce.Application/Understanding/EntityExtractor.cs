using System.Collections.Frozen;

namespace Commerce.Application.Understanding;

/// <summary>Pulls the product query, quantity and order number out of an analysed message.</summary>
internal sealed class EntityExtractor(FrozenSet<string> commandWords)
{
    private static readonly FrozenSet<string> Purpose = Vocabulary.Split("fuer for als").ToFrozenSet();
    private static readonly FrozenSet<string> Containers = Vocabulary.Split(
        "bag bags pack packs pair pairs box boxes cup cups piece pieces packet packets packung packungen").ToFrozenSet();

    public UnderstoodEntities Extract(string intent, MessageAnalysis message)
    {
        if (intent == Intents.ShopInfo)
        {
            return new UnderstoodEntities(null, null, null, ShopTopicCues.Read(message).Topic);
        }
        var orderNumber = intent is Intents.OrderStatus or Intents.CancelOrder ? message.OrderNumber : null;
        if (intent is not (Intents.SearchProducts or Intents.AddToCart or Intents.RemoveFromCart))
        {
            return orderNumber is null ? UnderstoodEntities.None : new UnderstoodEntities(null, null, orderNumber);
        }

        var tokens = message.Tokens;
        var query = new List<string>();
        int? quantity = null;
        var afterPurpose = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var norm = tokens[i].Norm;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Norm : null;
            if (NumberWords.SizeWords.Contains(norm) && next is not null && (next.All(char.IsAsciiDigit) || next.Length <= 3 || NumberWords.IsSpokenSize(next)))
            {
                i++; // "größe 42", "size xl" describe a variant, not the product
                continue;
            }
            // Clothing sizes are variants, not part of what is searched for ("is the hoodie available in L").
            if (norm == "in" && next is not null && NumberWords.SizeLetters.Contains(next))
            {
                i++;
                continue;
            }
            if (Purpose.Contains(norm) && query.Count > 0)
            {
                afterPurpose = true; // "eine jacke für den winter", "sandals for summer": the occasion is not the product
                continue;
            }
            if (NumberWords.Parse(norm) is { } number)
            {
                if (next is not null && NumberWords.IsUnit(next))
                {
                    i++;
                }
                else if (NumberWords.IsQuantityAt(tokens, i))
                {
                    quantity ??= number;
                }
                continue;
            }
            if (next == "of" && Containers.Contains(norm) && query.Count == 0)
            {
                continue; // "two bags of filter coffee"
            }
            if (!IsProductWord(message, i) && (afterPurpose || IsFiller(norm, message.Canonical[i])))
            {
                continue;
            }
            query.Add(tokens[i].Surface);
        }

        return new UnderstoodEntities(
            query.Count == 0 ? null : string.Join(' ', query),
            intent == Intents.AddToCart ? quantity : null,
            null);
    }

    private static bool IsProductWord(MessageAnalysis message, int i) => message.IsProduct[i];

    private bool IsFiller(string norm, string? canonical) =>
        Vocabulary.QueryFillers.Contains(norm) || Vocabulary.Colloquial.ContainsKey(norm) || commandWords.Contains(norm)
        || (canonical is not null && canonical != norm && commandWords.Contains(canonical))
        || Vocabulary.CartWords.Contains(norm) || (canonical is not null && Vocabulary.CartWords.Contains(canonical))
        || norm.EndsWith("korb", StringComparison.Ordinal) || NumberWords.OrderNumberIn(norm) is not null;
}
