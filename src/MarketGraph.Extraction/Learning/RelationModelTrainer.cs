using MarketGraph.Core.Documents;
using MarketGraph.Core.Documents.Readers;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>
/// Trains a <see cref="RelationModel"/> from folders of gold articles: every pair of markers in a sentence is an
/// example; a pair is positive for a label when a gold relation of that type names its two entities and gives this
/// sentence as evidence. A pair whose entities the gold relates from another sentence is left out of that label's
/// training (the same fact told twice is annotated once). The context model is trained the same way over pairs of a
/// mention and an entity of earlier sentences (<see cref="ContextExamples"/>). Deterministic: same corpora, same
/// models, however many threads train them.
/// </summary>
public static class RelationModelTrainer
{
    /// <summary>What a training run saw and kept.</summary>
    public sealed record Summary(int Articles, int Pairs, int Positives, int Labels, int Weights)
    {
        /// <summary>Per relation type: threshold, held-out additions kept, of which right, and offered (see calibration).</summary>
        public IReadOnlyList<(string Type, double Threshold, int Kept, int Correct, int Offered)> Calibration { get; init; } = [];

        /// <summary>The same for the context model's additions (a mention and an earlier sentence's entity).</summary>
        public IReadOnlyList<(string Type, double Threshold, int Kept, int Correct, int Offered)> ContextCalibration { get; init; } = [];
    }

    internal sealed record Example(string[] Features, string Kinds, HashSet<(RelationType, bool)> Positive, HashSet<(RelationType, bool)> Excluded);

    /// <summary>
    /// Trains on the gold folders and writes the three model files the engine embeds into a folder: the name model first,
    /// then the relation model and the context model over the entities the engine finds with it.
    /// </summary>
    public static Summary TrainToFolder(IReadOnlyList<string> goldDirectories, string outputDirectory)
    {
        var folds = goldDirectories.Select(GoldEvaluator.GoldFiles).ToList();
        Directory.CreateDirectory(outputDirectory);
        var files = folds.SelectMany(f => f).ToList();
        var trainedOn = goldDirectories.Select(d => Path.GetFileName(Path.TrimEndingDirectorySeparator(d))).ToList();
        var options = new Logistic.Options();
        var names = TrainNames(files, trainedOn, options);
        var examples = AllExamples(files, names, Examples);
        var contextExamples = AllExamples(files, names, ContextExamples);
        // folds are whole folders, written by different writers, so calibration measures unseen phrasing
        var (calibration, contextCalibration) = goldDirectories.Count >= 3
            ? RelationModelCalibration.Calibrate(GroupFolds(folds), trainedOn, options)
            : ([], []);
        var relations = Train(examples, trainedOn, options, Thresholds(calibration));
        var context = Train(contextExamples, trainedOn, options, Thresholds(contextCalibration));
        Write(Path.Combine(outputDirectory, TextClaimExtractor.NameModelFile), names.Save);
        Write(Path.Combine(outputDirectory, TextClaimExtractor.RelationModelFile), relations.Save);
        Write(Path.Combine(outputDirectory, TextClaimExtractor.ContextModelFile), context.Save);
        return new Summary(files.Count, examples.Count + contextExamples.Count,
            examples.Count(e => e.Positive.Count > 0) + contextExamples.Count(e => e.Positive.Count > 0), relations.Labels.Count + context.Labels.Count,
            relations.Labels.Sum(l => l.Weights.Count) + context.Labels.Sum(l => l.Weights.Count) + names.Kinds.Sum(k => k.Logistic.Weights.Count))
        {
            Calibration = Rows(calibration),
            ContextCalibration = Rows(contextCalibration),
        };

        static List<(string, double, int, int, int)> Rows(List<RelationModelCalibration.TypeCalibration> calibration) =>
            calibration.Select(c => (c.Type.WireName(), c.Threshold, c.Kept, c.Correct, c.Offered)).ToList();
    }

    /// <summary>At most this many calibration folds: each trains all three models once, and more folds barely move the thresholds.</summary>
    internal const int MaxFolds = 8;

    /// <summary>The folders dealt round-robin into at most <see cref="MaxFolds"/> folds; a folder is never split.</summary>
    internal static List<IReadOnlyList<string>> GroupFolds(IReadOnlyList<IReadOnlyList<string>> folders) =>
        folders.Select((files, i) => (files, i))
            .GroupBy(f => f.i % MaxFolds)
            .Select(g => (IReadOnlyList<string>)g.SelectMany(f => f.files).ToList())
            .ToList();

    private static Dictionary<RelationType, double> Thresholds(List<RelationModelCalibration.TypeCalibration> calibration) =>
        calibration.Count > 0
            ? calibration.ToDictionary(c => c.Type, c => c.Threshold)
            : RelationTypes.All.ToDictionary(t => t.Type, _ => UncalibratedThreshold);

    private static void Write(string path, Action<Stream> save)
    {
        var temp = path + ".tmp";
        using (var stream = File.Create(temp)) save(stream);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// The name model: every capitalised run the other finders leave is an example, of the kind of the gold entity
    /// it names exactly (after normalisation), else of none.
    /// </summary>
    internal static NameModel TrainNames(IReadOnlyList<string> files, IReadOnlyList<string> trainedOn, Logistic.Options options)
    {
        var examples = new List<(List<string> Features, EntityKind? Kind)>();
        foreach (var file in files)
        {
            var (document, _, kinds) = ReadGoldFile(file);
            var collected = new List<(string Surface, List<string> Features)>();
            var recognizer = new EntityRecognizer(ActorLexicon.Default, TextClaimExtractor.LanguageOf(document)) { Collected = collected };
            foreach (var sentence in SentenceSplitter.Split(document.Text)) recognizer.Recognise(document.Text, sentence);
            foreach (var (surface, features) in collected)
                examples.Add((features, kinds.TryGetValue(EntityKey.Normalise(surface), out var k) ? k : null));
        }
        var space = new Logistic.FeatureSpace(examples.Select(e => (IReadOnlyList<string>)e.Features).ToList(), options.MinCount);
        var all = Enumerable.Range(0, examples.Count).ToArray();
        var models = examples.Where(e => e.Kind is not null).Select(e => e.Kind!.Value).Distinct().Order()
            .AsParallel().AsOrdered().Select(kind => (kind, space.Train(all, i => examples[i].Kind == kind, options))).ToList();
        return new NameModel(TextClaimExtractor.EngineVersion, trainedOn, models);
    }

    /// <summary>A gold file's document, relations, and the kind of every normalised entity name and alias.</summary>
    internal static (Document Document, List<GoldEvaluator.GoldRelation> Gold, Dictionary<string, EntityKind> Kinds) ReadGoldFile(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var document = new CorpusJsonReader().Read(new RawContent(bytes) { FileName = Path.GetFileName(file) });
        var gold = GoldEvaluator.ReadGold(bytes, Path.GetFileName(file));
        var kinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(bytes);
        if (json.RootElement.TryGetProperty("entities", out var entities))
        {
            foreach (var e in entities.EnumerateArray())
            {
                if (!EntityKinds.TryParse(e.GetProperty("type").GetString(), out var kind)) continue;
                var forms = new List<string?> { e.GetProperty("name").GetString() };
                if (e.TryGetProperty("aliases", out var aliases)) forms.AddRange(aliases.EnumerateArray().Select(a => a.GetString()));
                foreach (var form in forms) kinds.TryAdd(EntityKey.Normalise(form), kind);
            }
        }
        return (document, gold, kinds);
    }

    /// <summary>With fewer than three gold folders there is no cross-validation: the model claims only what it is sure of.</summary>
    private const double UncalibratedThreshold = 0.9;

    internal static RelationModel Train(List<Example> examples, IReadOnlyList<string> trainedOn, Logistic.Options options, IReadOnlyDictionary<RelationType, double>? thresholds = null)
    {
        var space = new Logistic.FeatureSpace(examples.Select(e => (IReadOnlyList<string>)e.Features).ToList(), options.MinCount);
        var labels = examples.SelectMany(e => e.Positive).Distinct().OrderBy(l => l.Item1).ThenBy(l => l.Item2).ToList();
        // each label is its own regression with its own seeded order: training them side by side gives the same model
        var models = new RelationModel.LabelModel[labels.Count];
        Parallel.For(0, labels.Count, l =>
        {
            var label = labels[l];
            var kinds = examples.Where(e => e.Positive.Contains(label)).Select(e => e.Kinds).ToHashSet(StringComparer.Ordinal);
            var rows = Enumerable.Range(0, examples.Count)
                .Where(i => kinds.Contains(examples[i].Kinds) && !examples[i].Excluded.Contains(label)).ToArray();
            var logistic = space.Train(rows, i => examples[i].Positive.Contains(label), options);
            models[l] = new RelationModel.LabelModel(label.Item1, label.Item2, kinds, logistic.Bias, logistic.Weights);
        });
        return new RelationModel(TextClaimExtractor.EngineVersion, trainedOn, models, thresholds);
    }

    /// <summary>The examples of every file, read side by side and listed in file order (the order training sees them in).</summary>
    internal static List<Example> AllExamples(IReadOnlyList<string> files, NameModel? names, Func<string, NameModel?, IEnumerable<Example>> of) =>
        files.AsParallel().AsOrdered().SelectMany(f => of(f, names).ToList()).ToList();

    /// <summary>The pair examples of one gold file, read and recognised exactly as the extractor does.</summary>
    internal static IEnumerable<Example> Examples(string file, NameModel? names)
    {
        var (document, gold, _) = ReadGoldFile(file);
        var text = document.Text;
        var recognizer = new EntityRecognizer(ActorLexicon.Default, TextClaimExtractor.LanguageOf(document)) { Names = names };
        var pending = new List<(TextSpan Sentence, string[] Features, string Kinds, int A, int B)>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var mentions = recognizer.Recognise(text, sentence);
            if (mentions.Count < 2 || mentions.Count > TextClaimExtractor.MaxMentionsForRelations) continue;
            var masked = new MaskedSentence(text, sentence, mentions, recognizer.Entities);
            var pairs = new PairFeatures(masked, recognizer.Entities);
            foreach (var (i, j) in PairFeatures.Candidates(pairs, mentions))
                pending.Add((sentence, pairs.Of(i, j).ToArray(), $"{pairs.Kind(i)}{pairs.Kind(j)}", mentions[i].Entity, mentions[j].Entity));
        }
        // entity names are read once the whole document has been recognised (later sentences add aliases)
        return Label(text, gold, recognizer.Entities, pending);
    }

    /// <summary>
    /// The context examples of one gold file: each mention of a sentence paired with each entity of earlier sentences
    /// that <see cref="DocumentContext"/> offers, positive for a label when a gold relation of that type relates the
    /// two and gives this sentence as evidence.
    /// </summary>
    internal static IEnumerable<Example> ContextExamples(string file, NameModel? names)
    {
        var (document, gold, _) = ReadGoldFile(file);
        var pending = new List<(TextSpan Sentence, string[] Features, string Kinds, int A, int B)>();
        IReadOnlyList<DocumentEntity> entities = [];
        // the rules run as they do in the extractor: what they read is the history the candidates carry
        new TextClaimExtractor(ActorCatalog.Default, null, names).Extract(document, (masked, candidates, all) =>
        {
            entities = all;
            var mentions = masked.Mentions;
            var pairs = new PairFeatures(masked, all);
            foreach (var (i, c, kind) in PairFeatures.ContextPairs(pairs, mentions, candidates, all))
                pending.Add((masked.Sentence, pairs.OfContext(i, kind, c).ToArray(), $"{pairs.Kind(i)}{kind}", mentions[i].Entity, c.Entity));
        });
        // A is the sentence's mention, B the context entity: a label is reversed when the context entity is the subject
        return Label(document.Text, gold, entities, pending);
    }

    private static IEnumerable<Example> Label(string text, List<GoldEvaluator.GoldRelation> gold, IReadOnlyList<DocumentEntity> entities,
        List<(TextSpan Sentence, string[] Features, string Kinds, int A, int B)> pending)
    {
        var keys = entities.Select(e => e.Aliases.Append(e.Name).Select(EntityKey.Normalise).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal)).ToList();
        var evidence = gold.Select(g => Locate(text, g.Evidence)).ToList();
        foreach (var p in pending)
        {
            var positive = new HashSet<(RelationType, bool)>();
            var excluded = new HashSet<(RelationType, bool)>();
            for (var g = 0; g < gold.Count; g++)
            {
                var r = gold[g];
                bool? reversed = r.Subjects.Overlaps(keys[p.A]) && r.Objects.Overlaps(keys[p.B]) ? false
                    : r.Subjects.Overlaps(keys[p.B]) && r.Objects.Overlaps(keys[p.A]) ? true : null;
                if (reversed is null) continue;
                var label = (r.Type, r.Type.IsSymmetric() ? false : reversed.Value);
                var here = evidence[g] is { } ev && ev.Start < p.Sentence.End && ev.End > p.Sentence.Start;
                (here ? positive : excluded).Add(label);
            }
            excluded.ExceptWith(positive);
            yield return new Example(p.Features, p.Kinds, positive, excluded);
        }
    }

    private static TextSpan? Locate(string text, string evidence)
    {
        if (evidence.Length == 0) return null;
        var at = text.IndexOf(evidence, StringComparison.Ordinal);
        return at < 0 ? null : new TextSpan(at, at + evidence.Length);
    }
}
