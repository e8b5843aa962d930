namespace MarketGraph.Extraction;

/// <summary>French or English by counting frequent function words; anything else is "und" (undetermined).</summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> French = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "pour", "dans", "par", "sur", "avec",
        "qui", "que", "au", "aux", "ses", "son", "sa", "ce", "cette", "pas", "plus", "été", "sont", "ont", "entre",
        // elisions and pronouns: a short sentence ("Orange a racheté en 2024 l'éditeur X.") has few other function words
        "l", "d", "qu", "en", "à", "elle", "leur", "mais", "où", "aussi",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "of", "and", "to", "in", "is", "for", "with", "on", "by", "that", "will", "its", "it", "as",
        "are", "was", "has", "have", "from", "an", "be", "which", "this", "their", "at", "or", "been", "were",
        // a short sentence ("Ericsson supplies X's radio units under a framework agreement.") may hold only these
        "under", "after", "into", "also", "than", "but", "not", "said", "his", "her", "they", "we", "our", "who", "had",
        "would", "could", "over", "about", "between", "while", "during", "since",
    };

    /// <summary>Looks at the first 20 000 characters at most.</summary>
    public static string Detect(string text)
    {
        var sample = text.Length > 20_000 ? text[..20_000] : text;
        int fr = 0, en = 0, words = 0;
        foreach (var token in Tokenizer.Words(sample))
        {
            words++;
            var w = sample.Substring(token.Start, token.Length).ToLowerInvariant();
            if (French.Contains(w)) fr++;
            if (English.Contains(w)) en++;
        }
        if (words == 0) return "und";
        var best = Math.Max(fr, en);
        // function words make up a fifth or more of French or English prose; far less in other languages
        if (best < (words < 20 ? 1 : 2) || best * 100 < words * 8) return "und";
        return fr >= en ? "fr" : "en";
    }
}
