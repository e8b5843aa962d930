using System.Diagnostics;
using MarketGraph.Core.Documents;

namespace MarketGraph.Extraction.Benchmarks;

/// <summary>"--rules": time spent in each relation pattern over the benchmark article, most expensive first.</summary>
internal static class RuleCosts
{
    /// <summary>Every match the extractor tries: the sentence and its reduced form, re-matching after each hit.</summary>
    private static void MatchAll(RelationRule rule, MaskedSentence s)
    {
        foreach (var masked in s.Reduced is null ? [s.Masked] : new[] { s.Masked, s.Reduced })
        {
            if (!CueIndex.Default.Possible(masked)[RelationRules.All.ToList().IndexOf(rule)] || !rule.MayMatch(masked)) continue;
            var m = rule.Pattern.Match(masked);
            while (m.Success)
            {
                var next = masked.IndexOf('⟦', m.Index + 1);
                if (next < 0) break;
                m = rule.Pattern.Match(masked, next);
            }
        }
    }

    public static void Print(Document doc, int rounds = 200)
    {
        var text = doc.Text;
        var recognizer = new EntityRecognizer(ActorLexicon.Default, doc.Language ?? LanguageDetector.Detect(text));
        var sentences = new List<MaskedSentence>();
        foreach (var s in SentenceSplitter.Split(text))
        {
            var mentions = recognizer.Recognise(text, s);
            if (mentions.Count > 0) sentences.Add(new MaskedSentence(text, s, mentions, recognizer.Entities));
        }
        var costs = new List<(string Rule, double Ms, int Tried)>();
        foreach (var rule in RelationRules.All)
        {
            var tried = sentences.Where(s => rule.CanMatch(s.KindLetters, s.Mentions.Count)).ToList();
            for (var r = 0; r < 50; r++) foreach (var s in tried) MatchAll(rule, s);
            var sw = Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++)
            {
                foreach (var s in tried) MatchAll(rule, s);
            }
            costs.Add((rule.Name, sw.Elapsed.TotalMilliseconds / rounds, tried.Count));
        }
        var extractor = new RelationExtractor(recognizer.Entities, doc.Language ?? "fr", _ => -1);
        for (var r = 0; r < 50; r++) foreach (var s in sentences) extractor.Extract(s, text);
        var all = Stopwatch.StartNew();
        for (var r = 0; r < rounds; r++) foreach (var s in sentences) extractor.Extract(s, text);
        Console.WriteLine($"relation extraction: {all.Elapsed.TotalMilliseconds / rounds:0.000} ms per article");
        var cueTime = Stopwatch.StartNew();
        var passed = 0;
        for (var r = 0; r < rounds; r++)
            foreach (var s in sentences)
                passed += CueIndex.Default.Possible(s.Masked).Count(p => p);
        Console.WriteLine($"cue words alone: {cueTime.Elapsed.TotalMilliseconds / rounds:0.000} ms per article; {passed / rounds} of {sentences.Count * RelationRules.All.Count} sentence-rule pairs pass");
        var passes = new int[RelationRules.All.Count];
        foreach (var s in sentences)
        {
            var possible = CueIndex.Default.Possible(s.Masked);
            for (var r = 0; r < passes.Length; r++) if (possible[r] && RelationRules.All[r].CanMatch(s.KindLetters, s.Mentions.Count) && RelationRules.All[r].MayMatch(s.Masked)) passes[r]++;
        }
        Console.WriteLine("sentences each rule's pattern runs on: " + string.Join(", ", passes.Select((p, r) => (p, r)).Where(x => x.p > 0).OrderByDescending(x => x.p).Select(x => $"{RelationRules.All[x.r].Name} {x.p}")));
        Console.WriteLine($"{sentences.Count} sentences with mentions; the patterns alone {costs.Sum(c => c.Ms):0.000} ms per article");
        foreach (var c in costs.OrderByDescending(c => c.Ms))
            Console.WriteLine($"{c.Rule,-28} {c.Ms,8:0.000} ms  ({c.Tried} sentences tried){(RelationRules.All.First(r => r.Name == c.Rule).AnchorGroups.Count == 0 ? ", no anchors" : "")}");
    }
}
