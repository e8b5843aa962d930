using System.Diagnostics;
using MarketGraph.Core.Documents;

namespace MarketGraph.Extraction.Benchmarks;

/// <summary>"--rules": time spent in each relation pattern over the benchmark article, most expensive first.</summary>
internal static class RuleCosts
{
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
            for (var r = 0; r < 50; r++) foreach (var s in tried) rule.Pattern.Match(s.Masked);
            var sw = Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++)
            {
                foreach (var s in tried) rule.Pattern.Match(s.Masked);
            }
            costs.Add((rule.Name, sw.Elapsed.TotalMilliseconds / rounds, tried.Count));
        }
        Console.WriteLine($"{sentences.Count} sentences with mentions; total {costs.Sum(c => c.Ms):0.000} ms per article");
        foreach (var c in costs.OrderByDescending(c => c.Ms))
            Console.WriteLine($"{c.Rule,-28} {c.Ms,8:0.000} ms  ({c.Tried} sentences tried)");
    }
}
