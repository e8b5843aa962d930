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

    /// <summary>
    /// The context pairs worth classifying: each mention of a sentence (one per entity, no country) with each entity of
    /// earlier sentences on offer, and that entity's kind letter.
    /// </summary>
    public static IEnumerable<(int Mention, DocumentContext.Candidate Candidate, char Kind)> ContextPairs(PairFeatures pairs,
        IReadOnlyList<Mention> mentions, IReadOnlyList<DocumentContext.Candidate> candidates, IReadOnlyList<DocumentEntity> entities)
    {
        var done = new HashSet<int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (pairs._kinds[i] == 'c' || !done.Add(mentions[i].Entity)) continue;
            foreach (var candidate in candidates) yield return (i, candidate, KindOf(entities[candidate.Entity]));
        }
    }

    /// <summary>Mention indices in sentence order (markers appear in mention order).</summary>
    public int Count => _kinds.Length;

    /// <summary>The features of the pair (first, second), first before second in the sentence.</summary>
    public List<string> Of(int first, int second)
    {
        var f = new List<string>(48);
        Visit(first, second, feature => f.Add(feature.ToString()));
        return f;
    }

    /// <summary>Receives each feature of a pair in turn; the span is only valid during the call.</summary>
    public delegate void FeatureSink(ReadOnlySpan<char> feature);

    private static readonly string[] Left = Enumerable.Range(1, Window).Select(i => $"l{i}=").ToArray();
    private static readonly string[] Right = Enumerable.Range(1, Window).Select(i => $"r{i}=").ToArray();
    private static readonly string[] MarkersBetween = ["m=0", "m=1", "m=2", "m=3"];

    /// <summary>
    /// The features of the pair (first, second), in the order <see cref="Of"/> lists them, each built in one reused
    /// buffer: scoring a pair allocates no strings.
    /// </summary>
    public void Visit(int first, int second, FeatureSink sink)
    {
        var a = _markerToken[first];
        var b = _markerToken[second];
        var kinds = KindPair(first, second);
        Emit(sink, "k=", kinds);
        var gap = b - a - 1;
        Emit(sink, "d=", Bucket(gap));
        var markersBetween = 0;
        for (var t = a + 1; t < b; t++)
        {
            var w = _tokens[t];
            if (w[0] == '⟦') markersBetween++;
            Emit(sink, "b=", w);
            Emit(sink, "kb=", kinds, w);
            if (t + 1 < b) Emit(sink, "bb=", w, "_", _tokens[t + 1]);
        }
        sink(MarkersBetween[Math.Min(markersBetween, 3)]);
        if (gap > 0)
        {
            Emit(sink, "bf=", kinds, _tokens[a + 1]);
            Emit(sink, "bl=", kinds, _tokens[b - 1]);
            if (gap > 1) Emit(sink, "bf2=", _tokens[a + 1], "_", _tokens[a + 2]);
            if (gap > 1) Emit(sink, "bl2=", _tokens[b - 2], "_", _tokens[b - 1]);
        }
        if (gap <= ShortGap)
        {
            // the words between, each followed by a space
            var length = Write(Write(0, "bs="), kinds);
            for (var t = a + 1; t < b; t++) length = Write(Write(length, _tokens[t]), " ");
            sink(_buffer.AsSpan(0, length));
        }
        for (var i = 1; i <= Window; i++)
        {
            Emit(sink, Left[i - 1], a - i >= 0 ? _tokens[a - i] : "^");
            Emit(sink, Right[i - 1], b + i < _tokens.Count ? _tokens[b + i] : "$");
        }
        Emit(sink, "kl1=", kinds, a >= 1 ? _tokens[a - 1] : "^");
        Emit(sink, "kr1=", kinds, b + 1 < _tokens.Count ? _tokens[b + 1] : "$");
        if (a == FirstMarker()) sink("first");
    }

    private static readonly string[] ContextRight = ["xr1=", "xr2=", "xr3="];

    /// <summary>The features of a mention paired with a context candidate, as <see cref="VisitContext"/> gives them.</summary>
    public List<string> OfContext(int mention, char contextKind, DocumentContext.Candidate candidate)
    {
        var f = new List<string>(64);
        VisitContext(mention, contextKind, candidate, feature => f.Add(feature.ToString()));
        return f;
    }

    /// <summary>How many words on each side of a mention a context pair reads as a bag.</summary>
    private const int ContextWords = 12;

    /// <summary>
    /// The features of a mention paired with an entity of an earlier sentence (<see cref="DocumentContext"/>): the two
    /// kinds, why that entity is a candidate and how long ago it was named, the words on each side of the mention (near
    /// ones by place, farther ones as bags), how the sentence opens and how many markers it holds.
    /// </summary>
    public void VisitContext(int mention, char contextKind, DocumentContext.Candidate candidate, FeatureSink sink)
    {
        var at = _markerToken[mention];
        var kinds = string.Create(2, (_kinds[mention], contextKind), (span, k) => (span[0], span[1]) = k);
        Emit(sink, "xk=", kinds);
        foreach (var source in candidate.Sources)
        {
            Emit(sink, "xs=", source);
            Emit(sink, "xsk=", source, kinds);
        }
        var ago = candidate.SentencesAgo switch { <= 1 => "1", 2 => "2", <= 4 => "4", _ => "far" };
        Emit(sink, "xd=", ago);
        var right = at + 1 < _tokens.Count ? _tokens[at + 1] : "$";
        foreach (var source in candidate.Sources)
        {
            Emit(sink, "xsd=", source, ago);
            Emit(sink, "xsr1=", source, right);
        }
        // whether the sentence names something of its own before or after the mention, and what
        var (before, after) = (0, 0);
        char? previous = null, next = null;
        for (var m = 0; m < _markerToken.Length; m++)
        {
            if (_markerToken[m] < at) { before++; previous = _kinds[m]; }
            else if (_markerToken[m] > at) { after++; next ??= _kinds[m]; }
        }
        foreach (var tag in candidate.History)
        {
            Emit(sink, "xh=", tag);
            Emit(sink, "xhk=", tag, kinds);
        }
        Emit(sink, "xma=", kinds, after switch { 0 => "0", 1 => "1", _ => "2" });
        Emit(sink, "xmb=", kinds, before switch { 0 => "0", 1 => "1", _ => "2" });
        Emit(sink, "xnk=", kinds, next is { } n ? Letter(n) : "-");
        Emit(sink, "xpk=", kinds, previous is { } p ? Letter(p) : "-");
        sink(MarkersBetween[Math.Min(_kinds.Length - 1, 3)]);
        if (at == FirstMarker()) Emit(sink, "xfirst", kinds);
        Emit(sink, "xo=", _tokens.Count > 0 ? _tokens[0] : "$");
        for (var i = 1; i <= 3; i++)
        {
            if (i <= Window) Emit(sink, "x", Left[i - 1], at - i >= 0 ? _tokens[at - i] : "^");
            Emit(sink, ContextRight[i - 1], at + i < _tokens.Count ? _tokens[at + i] : "$");
        }
        Emit(sink, "xkl1=", kinds, at >= 1 ? _tokens[at - 1] : "^");
        Emit(sink, "xkr1=", kinds, at + 1 < _tokens.Count ? _tokens[at + 1] : "$");
        for (var t = Math.Max(0, at - ContextWords); t < at; t++) Emit(sink, "xwl=", _tokens[t]);
        for (var t = at + 1; t < _tokens.Count && t <= at + ContextWords; t++)
        {
            Emit(sink, "xwr=", _tokens[t]);
            Emit(sink, "xkwr=", kinds, _tokens[t]);
        }
    }

    private static readonly string[] Letters = Enumerable.Range('a', 26).Select(c => ((char)c).ToString()).ToArray();

    private static string Letter(char kind) => kind is >= 'a' and <= 'z' ? Letters[kind - 'a'] : kind.ToString();

    private char[] _buffer = new char[64];

    /// <summary>Hands the concatenation of <paramref name="parts"/> to the sink; it stays in the buffer until the next.</summary>
    private void Emit(FeatureSink sink, params ReadOnlySpan<string> parts)
    {
        var length = 0;
        foreach (var part in parts) length = Write(length, part);
        sink(_buffer.AsSpan(0, length));
    }

    /// <summary>Writes <paramref name="part"/> into the buffer at <paramref name="at"/>; returns where it ends.</summary>
    private int Write(int at, string part)
    {
        if (_buffer.Length < at + part.Length) Array.Resize(ref _buffer, Math.Max(at + part.Length, _buffer.Length * 2));
        part.CopyTo(_buffer.AsSpan(at));
        return at + part.Length;
    }

    private string KindPair(int first, int second) => string.Create(2, (_kinds[first], _kinds[second]), (span, k) => (span[0], span[1]) = k);

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
