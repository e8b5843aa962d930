using MarketGraph.Core.Entities;

namespace MarketGraph.Extraction;

/// <summary>
/// Token-sequence index over the reference list. A name matches when the words are equal ignoring accents
/// and case, except that a word capitalised in the list must be capitalised in the text ("Orange" the
/// company, not "orange" the colour; "CloudWatt" and "NUMSPOT" still match) — for names of three or more
/// words only their first word ("Caisse des dépôts"). Acronyms match exactly.
/// </summary>
internal sealed class ActorLexicon
{
    public const int MaxWords = 10;

    internal sealed record Entry(Actor Actor, string Surface, string[] Words, bool Exact);

    private readonly Dictionary<string, List<Entry>> _byKey = new(StringComparer.Ordinal);
    /// <summary>Folded first word → most words of a name starting with it: most tokens start no name at all.</summary>
    private readonly Dictionary<string, int> _longestByFirstWord = new(StringComparer.Ordinal);

    public ActorLexicon(ActorCatalog catalog)
    {
        foreach (var actor in catalog.Actors)
        {
            Add(actor, actor.Name, exact: false);
            foreach (var alias in actor.Aliases) Add(actor, alias, exact: false);
            foreach (var acronym in actor.Acronyms) Add(actor, acronym, exact: true);
        }
    }

    private static readonly Lazy<ActorLexicon> DefaultLexicon = new(() => new ActorLexicon(ActorCatalog.Default));

    public static ActorLexicon Default => DefaultLexicon.Value;

    private void Add(Actor actor, string surface, bool exact)
    {
        var words = Tokenizer.Words(surface).Select(t => surface.Substring(t.Start, t.Length)).ToArray();
        if (words.Length == 0 || words.Length > MaxWords) return;
        var key = KeyOf(words);
        if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
        list.Add(new Entry(actor, surface, words, exact));
        var first = Fold(words[0]);
        _longestByFirstWord[first] = Math.Max(words.Length, _longestByFirstWord.GetValueOrDefault(first));
    }

    /// <summary>The most words a listed name starting with this folded word has; 0 when none starts with it.</summary>
    public int LongestStartingWith(string foldedWord) => _longestByFirstWord.GetValueOrDefault(foldedWord);

    public static string KeyOf(IEnumerable<string> words) => string.Join(' ', words.Select(Fold));

    /// <summary>
    /// Lower case without accents, as <see cref="EntityKey.FoldAccents"/> of the lower-cased word; Latin letters come
    /// from a table built once, so only other scripts pay for Unicode normalisation, which dominates the cost.
    /// </summary>
    public static string Fold(string word)
    {
        var ascii = true;
        foreach (var c in word)
        {
            if (c > 127) { ascii = false; break; }
        }
        if (ascii) return word.ToLowerInvariant();
        var sb = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c < 128) sb.Append(char.ToLowerInvariant(c));
            else if (c < LatinEnd && LatinFold[c - 128] is { } folded) sb.Append(folded);
            else return EntityKey.FoldAccents(word.ToLowerInvariant());
        }
        return sb.ToString();
    }

    private const int LatinEnd = 0x250;

    /// <summary>The fold of each Latin-1 and Latin Extended letter (U+0080–U+024F); null for other characters.</summary>
    private static readonly string?[] LatinFold = Enumerable.Range(128, LatinEnd - 128)
        .Select(c => char.IsLetter((char)c) ? EntityKey.FoldAccents(((char)c).ToString().ToLowerInvariant()) : null)
        .ToArray();

    public bool TryGet(string key, out List<Entry> entries) => _byKey.TryGetValue(key, out entries!);

    public static bool Accepts(Entry entry, IReadOnlyList<string> textWords)
    {
        for (var i = 0; i < entry.Words.Length; i++)
        {
            if (entry.Exact)
            {
                if (!string.Equals(entry.Words[i], textWords[i], StringComparison.Ordinal)) return false;
            }
            // French writes "la Caisse des dépôts" for the listed "Caisse des Dépôts": past the first word, the case of a
            // name of three or more words is free (a lower-case run of three words that spells a listed name is rare)
            else if (char.IsUpper(entry.Words[i][0]) && !char.IsUpper(textWords[i][0]) && (i == 0 || entry.Words.Length < 3))
            {
                return false;
            }
        }
        return true;
    }
}
