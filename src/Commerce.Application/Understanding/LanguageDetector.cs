namespace Commerce.Application.Understanding;

/// <summary>Chooses "de" or "en" by counting marker words; the conversation's language breaks ties.</summary>
internal static class LanguageDetector
{
    public static string Detect(MessageAnalysis message, string? preferredLanguage)
    {
        var german = 0;
        var english = 0;
        for (var i = 0; i < message.Tokens.Count; i++)
        {
            var word = message.Canonical[i] ?? message.Tokens[i].Norm;
            var isGerman = Vocabulary.German.Contains(word) || message.Tokens[i].Surface.AsSpan().IndexOfAny("äöüß") >= 0;
            var isEnglish = Vocabulary.English.Contains(word);
            if (isGerman && !isEnglish)
            {
                german++;
            }
            else if (isEnglish && !isGerman)
            {
                english++;
            }
        }

        if (german != english)
        {
            return german > english ? "de" : "en";
        }
        var preferred = preferredLanguage?.Trim().ToLowerInvariant();
        return preferred is "en" or "de" ? preferred : "de"; // the shop's default language
    }
}
