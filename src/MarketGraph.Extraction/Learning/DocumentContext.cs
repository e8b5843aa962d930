using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>
/// The entities an earlier sentence of the document named that a later sentence may speak of without naming them
/// ("Greywell owns the remaining 45%", "Its chief executive, …"): the two organisations or public bodies named last,
/// the one the document has named most, the offering and the person named last. The trainer and the extractor
/// keep it the same way, sentence by sentence, so the context model learns exactly what it is later given.
/// </summary>
internal sealed class DocumentContext(IReadOnlyList<DocumentEntity> entities)
{
    /// <summary>A context candidate: an entity absent from the sentence, why it is one, and how many sentences ago it was named.</summary>
    public readonly record struct Candidate(int Entity, string[] Sources, int SentencesAgo, IReadOnlyCollection<string> History);

    private static readonly IReadOnlyCollection<string> NoHistory = [];
    private readonly Dictionary<int, HashSet<string>> _history = [];

    /// <summary>
    /// Records what a relation the rules read made of its two entities ("os" the company a stake is in, "jv" a joint
    /// venture…): where an owner-only stake sentence points is most often the company whose capital the text was
    /// just describing.
    /// </summary>
    public void Note(RelationType type, int subject, int @object)
    {
        var (s, o) = type switch
        {
            RelationType.OwnsStake => ("osh", "os"),
            RelationType.Acquired => ("acq", "ac"),
            RelationType.JointVentureOf => ("jv", "jvp"),
            RelationType.SubsidiaryOf => ("sub", "par"),
            RelationType.AwardedContract => ("buy", "win"),
            RelationType.Supplies => ("sup", "cus"),
            RelationType.Operates => ("op", "off"),
            RelationType.HoldsRole => ("per", "emp"),
            _ => ("", ""),
        };
        if (s.Length == 0) return;
        Tag(subject, s);
        Tag(@object, o);
    }

    private void Tag(int entity, string tag)
    {
        if (!_history.TryGetValue(entity, out var tags)) _history[entity] = tags = [];
        tags.Add(tag);
    }

    private IReadOnlyCollection<string> HistoryOf(int entity) => _history.TryGetValue(entity, out var tags) ? tags : NoHistory;

    private readonly Dictionary<int, (long Order, int Sentence, int Count)> _seen = [];
    private long _order;
    private int _sentence;

    /// <summary>The candidates for the sentence about to be read, none of which it mentions.</summary>
    public List<Candidate> Candidates(IReadOnlyList<Mention> mentions)
    {
        var result = new List<Candidate>(5);
        if (_seen.Count == 0) return result;
        var here = mentions.Select(m => m.Entity).ToHashSet();
        var absent = _seen.Where(s => !here.Contains(s.Key)).ToList();
        var bodies = absent.Where(s => entities[s.Key].Kind is EntityKind.Organization or EntityKind.PublicBody).ToList();
        foreach (var (s, rank) in bodies.OrderByDescending(s => s.Value.Order).Take(2).Select((s, i) => (s, i)))
            result.Add(new Candidate(s.Key, [rank == 0 ? "r0" : "r1"], _sentence - s.Value.Sentence, HistoryOf(s.Key)));
        if (bodies.Count > 0)
        {
            // the most named so far; on a tie, the one named first
            var top = bodies.OrderByDescending(s => s.Value.Count).ThenBy(s => s.Key).First();
            var at = result.FindIndex(c => c.Entity == top.Key);
            if (at >= 0) result[at] = result[at] with { Sources = [.. result[at].Sources, "top"] };
            else result.Add(new Candidate(top.Key, ["top"], _sentence - top.Value.Sentence, HistoryOf(top.Key)));
        }
        AddLatest(result, absent, EntityKind.Offering, "off");
        AddLatest(result, absent, EntityKind.Person, "per");
        return result;
    }

    private void AddLatest(List<Candidate> result, List<KeyValuePair<int, (long Order, int Sentence, int Count)>> absent, EntityKind kind, string source)
    {
        var latest = absent.Where(s => entities[s.Key].Kind == kind).OrderByDescending(s => s.Value.Order).Take(1).ToList();
        if (latest.Count == 1) result.Add(new Candidate(latest[0].Key, [source], _sentence - latest[0].Value.Sentence, HistoryOf(latest[0].Key)));
    }

    /// <summary>Records the sentence just read.</summary>
    public void Observe(IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            var count = _seen.TryGetValue(m.Entity, out var s) ? s.Count : 0;
            _seen[m.Entity] = (++_order, _sentence, count + 1);
        }
        _sentence++;
    }
}
