using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;

namespace MarketGraph.Extraction;

using Extraction = MarketGraph.Core.Ports.Extraction;

/// <summary>
/// The text extraction engine for French and English press articles: language, sentences, entities
/// (reference list + patterns), role-noun coreference, and pattern-based relations with properties, each
/// claim carrying its evidence sentence with offsets into <see cref="Document.Text"/>.
/// </summary>
public sealed class TextClaimExtractor : IClaimExtractor
{
    public const string Name = "marketgraph-text";
    public const string EngineVersion = "1.0.0";

    /// <summary>Text beyond this many characters is not read (documents are capped at 20 MB anyway).</summary>
    public const int MaxTextLength = 20 * 1024 * 1024;

    /// <summary>Sentences with more mentions than this are lists or noise: entities only, no relations.</summary>
    internal const int MaxMentionsForRelations = 40;

    /// <summary>How many sentences after a stake or an acquisition its company stays the one an owner-only stake sentence is about.</summary>
    private const int StakeTopicSentences = 2;

    /// <summary>A stake below the default threshold does not set the topic: it may be what the text denies.</summary>
    private const double MinTopicConfidence = 0.5;

    private readonly ActorLexicon _lexicon;
    private readonly RelationModel? _model;
    private readonly RelationModel? _context;
    private readonly NameModel? _names;

    /// <summary>File names of the learnt models in a model folder (see <see cref="RelationModelTrainer"/>).</summary>
    public const string NameModelFile = "name-model.json";
    public const string RelationModelFile = "relation-model.json";
    public const string ContextModelFile = "context-model.json";

    public TextClaimExtractor()
        : this(ActorCatalog.Default)
    {
    }

    public TextClaimExtractor(ActorCatalog catalog)
        : this(catalog, RelationModel.Default, NameModel.Default, RelationModel.DefaultContext)
    {
    }

    /// <summary>An engine with the learnt models of a folder (as <c>train</c> writes it), or rules only when null.</summary>
    public TextClaimExtractor(string? modelDirectory)
        : this(ActorCatalog.Default,
            modelDirectory is null ? null : RelationModel.Load(Path.Combine(modelDirectory, RelationModelFile)),
            modelDirectory is null ? null : NameModel.Load(Path.Combine(modelDirectory, NameModelFile)),
            modelDirectory is null || !File.Exists(Path.Combine(modelDirectory, ContextModelFile)) ? null : RelationModel.Load(Path.Combine(modelDirectory, ContextModelFile)))
    {
    }

    internal TextClaimExtractor(ActorCatalog catalog, RelationModel? model, NameModel? names, RelationModel? context = null)
    {
        _context = context;
        _lexicon = ReferenceEquals(catalog, ActorCatalog.Default) ? ActorLexicon.Default : new ActorLexicon(catalog);
        _model = model;
        _names = names;
        Catalog = catalog;
        Info = new ExtractorInfo(Name, $"{EngineVersion}+actors.{catalog.Version}" + (model is null ? "" : $"+model.{model.Version}"));
    }

    public ActorCatalog Catalog { get; }

    public ExtractorInfo Info { get; }

    public bool CanExtract(Document document) =>
        document.MediaType.StartsWith(MediaTypes.PlainText, StringComparison.OrdinalIgnoreCase) ||
        document.MediaType.StartsWith(MediaTypes.Html, StringComparison.OrdinalIgnoreCase);

    public Extraction Extract(Document document, CancellationToken cancellationToken = default) => Extract(document, null, cancellationToken);

    /// <summary>What the context model is given for one sentence: how the trainer sees exactly what the extractor will.</summary>
    internal delegate void ContextSink(MaskedSentence sentence, IReadOnlyList<DocumentContext.Candidate> candidates, IReadOnlyList<DocumentEntity> entities);

    internal Extraction Extract(Document document, ContextSink? sink, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text ?? "";
        if (string.IsNullOrWhiteSpace(text)) return Extraction.Empty;
        var limit = Math.Min(text.Length, MaxTextLength);
        var language = LanguageOf(document);
        var sentences = SentenceSplitter.Split(limit == text.Length ? text : text[..limit]);
        var recognizer = new EntityRecognizer(_lexicon, language) { Names = _names };
        if (language is "fr" or "en") recognizer.Foresee(Scout(text, sentences, language, cancellationToken));
        var salient = new List<int>();
        var offerings = new List<int>();
        var people = new List<int>();
        var stakeTopic = (Entity: -1, Sentence: 0);
        var count = 0;
        var relations = new RelationExtractor(recognizer.Entities, language,
            which => which != Implicit.StakeTopic ? Resolve(which, recognizer, salient, offerings, people)
                : stakeTopic.Entity >= 0 && count - stakeTopic.Sentence <= StakeTopicSentences ? stakeTopic.Entity : -1);
        var learnt = _model is null ? null : new LearntRelations(_model, recognizer.Entities);
        var context = new DocumentContext(recognizer.Entities);
        var contextual = _context is null ? null : new ContextRelations(_context, recognizer.Entities);
        var claimed = new HashSet<(RelationType, int, int)>();
        var claims = new List<Claim>();
        var mentioned = new HashSet<int>();
        foreach (var sentence in sentences)
        {
            if ((++count & 31) == 0) cancellationToken.ThrowIfCancellationRequested();
            var mentions = recognizer.Recognise(text, sentence);
            foreach (var m in mentions) mentioned.Add(m.Entity);
            // only French and English carry relation patterns; other languages give the entities that are certain
            if (mentions.Count > 0 && mentions.Count <= MaxMentionsForRelations && language is "fr" or "en")
            {
                var masked = new MaskedSentence(text, sentence, mentions, recognizer.Entities);
                var found = relations.Extract(masked, text);
                learnt?.AddTo(found, masked);
                if (contextual is not null || sink is not null)
                {
                    var candidates = context.Candidates(mentions);
                    sink?.Invoke(masked, candidates, recognizer.Entities);
                    contextual?.AddTo(found, masked, candidates, claimed);
                }
                foreach (var r in found)
                {
                    claimed.Add((r.Type, r.Subject, r.Object));
                    // the history the context model reads is the rules' alone, as in training
                    if (r.Rule is not (LearntRelations.RuleName or ContextRelations.RuleName) && r.Confidence >= MinTopicConfidence) context.Note(r.Type, r.Subject, r.Object);
                    if (r.Type is RelationType.OwnsStake or RelationType.Acquired && r.Confidence >= MinTopicConfidence) stakeTopic = (r.Object, count);
                    claims.Add(new Claim(r.Type, recognizer.Entities[r.Subject].ToMention(), recognizer.Entities[r.Object].ToMention(),
                        r.Props, Evidence.FromSpan(text, sentence.Start, sentence.End), Info, r.Confidence));
                }
            }
            context.Observe(mentions);
            // who leads a sentence is who later implicit references ("un contrat a été passé avec X") point to
            if (mentions.Count > 0 && !mentions[0].IsRoleNoun) salient.Add(mentions[0].Entity);
            offerings.AddRange(mentions.Where(m => recognizer.Entities[m.Entity].Kind == EntityKind.Offering).Select(m => m.Entity));
            people.AddRange(mentions.Where(m => recognizer.Entities[m.Entity].Kind == EntityKind.Person).Select(m => m.Entity));
        }
        // mentions are rebuilt at the end so every claim carries the aliases the whole document gave
        var final = claims.Select(c => c with
        {
            Subject = Refresh(c.Subject, recognizer),
            Object = Refresh(c.Object, recognizer),
        }).ToList();
        var entities = recognizer.Entities.Where(e => mentioned.Contains(e.Index)).Select(e => e.ToMention()).ToList();
        return new Extraction(entities, final);
    }

    /// <summary>A first reading of every sentence, for the names the document teaches (see <see cref="EntityRecognizer.Foresee"/>).</summary>
    private EntityRecognizer Scout(string text, List<TextSpan> sentences, string language, CancellationToken cancellationToken)
    {
        var scout = new EntityRecognizer(_lexicon, language) { Names = _names };
        for (var i = 0; i < sentences.Count; i++)
        {
            // the same cancellation cadence as the main reading: a 20 MB text is read twice
            if ((i & 31) == 31) cancellationToken.ThrowIfCancellationRequested();
            scout.Recognise(text, sentences[i]);
        }
        return scout;
    }

    private static EntityMention Refresh(EntityMention mention, EntityRecognizer recognizer) =>
        recognizer.Entities.FirstOrDefault(e => e.Name == mention.Name && e.Kind == mention.Kind)?.ToMention() ?? mention;

    private static int Resolve(Implicit which, EntityRecognizer recognizer, List<int> salient, List<int> offerings, List<int> people)
    {
        switch (which)
        {
            case Implicit.RecentPublicBody:
                return LastLeader(EntityKind.PublicBody, 8, recognizer, salient);
            case Implicit.RecentOrganisation:
                return LastLeader(EntityKind.Organization, 3, recognizer, salient);
            case Implicit.RecentPerson:
                return people.Count > 0 ? people[^1] : -1;
            case Implicit.RecentOffering:
                return offerings.Count > 0 ? offerings[^1] : -1;
            case Implicit.FrenchState:
                return recognizer.Register("French State", EntityKind.PublicBody, "FR");
            default:
                return -1;
        }
    }

    /// <summary>The latest of the last <paramref name="sentences"/> sentence leaders that is of this kind; -1 when none.</summary>
    private static int LastLeader(EntityKind kind, int sentences, EntityRecognizer recognizer, List<int> salient)
    {
        for (var i = salient.Count - 1; i >= 0 && salient.Count - i <= sentences; i--)
        {
            if (recognizer.Entities[salient[i]].Kind == kind) return salient[i];
        }
        return -1;
    }

    /// <summary>The document's declared language ("fr-FR" → "fr"), else the detected one: how every reader of a document decides.</summary>
    internal static string LanguageOf(Document document) => NormaliseLanguage(document.Language) ?? LanguageDetector.Detect(document.Text ?? "");

    private static string? NormaliseLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var l = language.Trim().ToLowerInvariant();
        return l.StartsWith("fr", StringComparison.Ordinal) ? "fr" : l.StartsWith("en", StringComparison.Ordinal) ? "en" : l;
    }
}
