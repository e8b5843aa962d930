using System.Text;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>
/// The tokens of a masked sentence (folded words, punctuation, one token per marker) and the features of a pair of
/// its markers for <see cref="RelationModel"/>: the kinds, the words between them (bag, first, last, bigrams, whole
/// when short), the words around them, and how far apart they are.
/// </summary>
internal sealed class PairFeatures
{
    private const int Window = 2;
    private const int ShortGap = 5;

    private readonly List<string> _tokens = [];
    /// <summary>Token index of each mention's marker.</summary>
    private readonly int[] _markerToken;
    /// <summary>Offset of each mention's marker in the masked sentence, and just past it.</summary>
    private readonly int[] _markerStart;
    private readonly int[] _markerEnd;
    private readonly char[] _kinds;

    public PairFeatures(MaskedSentence sentence, IReadOnlyList<DocumentEntity> entities)
    {
        _markerToken = new int[sentence.Mentions.Count];
        _markerStart = new int[sentence.Mentions.Count];
        _markerEnd = new int[sentence.Mentions.Count];
        _kinds = new char[sentence.Mentions.Count];
        for (var i = 0; i < _kinds.Length; i++) _kinds[i] = KindOf(entities[sentence.Mentions[i].Entity]);
        Tokenise(sentence.Masked);
    }

    /// <summary>Kind letter, with certifications apart from other technologies ('q').</summary>
    public static char KindOf(DocumentEntity e) =>
        e.Kind == EntityKind.Technology && e.Roles.Contains("certification") ? 'q' : MaskedSentence.KindLetter(e.Kind);

    public char Kind(int mention) => _kinds[mention];

    /// <summary>Where the pair's words lie in the masked sentence: from the first marker to the end of the second.</summary>
    public (int Start, int End) Region(int first, int second) => (_markerStart[first], _markerEnd[second]);

    /// <summary>At most this many markers between a pair: farther relations, in lists, are left to the rules.</summary>
    private const int MaxMarkersBetween = 2;

    /// <summary>The pairs worth classifying: two different entities, neither a country, first before second, near.</summary>
    public static IEnumerable<(int First, int Second)> Candidates(PairFeatures pairs, IReadOnlyList<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (pairs._kinds[i] == 'c') continue;
            for (var j = i + 1; j < mentions.Count && j - i - 1 <= MaxMarkersBetween; j++)
            {
                if (pairs._kinds[j] != 'c' && mentions[i].Entity != mentions[j].Entity) yield return (i, j);
            }
        }
    }

    /// <summary>Mention indices in sentence order (markers appear in mention order).</summary>
    public int Count => _kinds.Length;

    /// <summary>The features of the pair (first, second), first before second in the sentence.</summary>
    public List<string> Of(int first, int second)
    {
        var a = _markerToken[first];
        var b = _markerToken[second];
        var kinds = $"{_kinds[first]}{_kinds[second]}";
        var f = new List<string>(48) { "k=" + kinds };
        var gap = b - a - 1;
        f.Add("d=" + Bucket(gap));
        var markersBetween = 0;
        var between = new StringBuilder();
        for (var t = a + 1; t < b; t++)
        {
            var w = _tokens[t];
            if (w[0] == '⟦') markersBetween++;
            f.Add("b=" + w);
            f.Add("kb=" + kinds + w);
            if (t + 1 < b) f.Add("bb=" + w + "_" + _tokens[t + 1]);
            if (gap <= ShortGap) between.Append(w).Append(' ');
        }
        f.Add("m=" + Math.Min(markersBetween, 3));
        if (gap > 0)
        {
            f.Add("bf=" + kinds + _tokens[a + 1]);
            f.Add("bl=" + kinds + _tokens[b - 1]);
            if (gap > 1) f.Add("bf2=" + _tokens[a + 1] + "_" + _tokens[a + 2]);
            if (gap > 1) f.Add("bl2=" + _tokens[b - 2] + "_" + _tokens[b - 1]);
        }
        if (gap <= ShortGap) f.Add("bs=" + kinds + between);
        for (var i = 1; i <= Window; i++)
        {
            f.Add($"l{i}=" + (a - i >= 0 ? _tokens[a - i] : "^"));
            f.Add($"r{i}=" + (b + i < _tokens.Count ? _tokens[b + i] : "$"));
        }
        f.Add("kl1=" + kinds + (a >= 1 ? _tokens[a - 1] : "^"));
        f.Add("kr1=" + kinds + (b + 1 < _tokens.Count ? _tokens[b + 1] : "$"));
        if (a == FirstMarker()) f.Add("first");
        return f;
    }

    private int FirstMarker() => _markerToken.Length > 0 ? _markerToken[0] : -1;

    private static string Bucket(int gap) => gap switch { 0 => "0", 1 => "1", 2 => "2", <= 5 => "5", <= 10 => "10", <= 20 => "20", _ => "far" };

    private void Tokenise(string masked)
    {
        var i = 0;
        var word = new StringBuilder();
        while (i < masked.Length)
        {
            var c = masked[i];
            if (c == '⟦')
            {
                var close = masked.IndexOf('⟧', i);
                var index = int.Parse(masked.AsSpan(i + 2, close - i - 2));
                _markerToken[index] = _tokens.Count;
                _markerStart[index] = i;
                _markerEnd[index] = close + 1;
                _tokens.Add("⟦" + _kinds[index] + "⟧");
                i = close + 1;
            }
            else if (char.IsLetterOrDigit(c))
            {
                word.Clear();
                while (i < masked.Length && (char.IsLetterOrDigit(masked[i]) || masked[i] == '-' && i + 1 < masked.Length && char.IsLetter(masked[i + 1])))
                {
                    var d = masked[i];
                    word.Append(char.IsDigit(d) ? '0' : Text.Folding.FoldChar(d));
                    i++;
                }
                _tokens.Add(word.ToString());
            }
            else
            {
                if (c is ',' or ';' or ':' or '(' or ')' or '%' or '«' or '»' or '“' or '”' or '"' or '–' or '—') _tokens.Add(c is '«' or '»' or '“' or '”' ? "\"" : c.ToString());
                i++;
            }
        }
    }
}
