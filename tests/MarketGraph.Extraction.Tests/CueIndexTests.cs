using System.Reflection;
using Xunit.Sdk;

namespace MarketGraph.Extraction.Tests;

/// <summary>The pre-test that skips relation patterns must never skip one that would have matched.</summary>
public class CueIndexTests
{
    [Theory]
    [InlineData("(?:a racheté|acquires?|took over)", "a racheté|acquire|took over")]
    [InlineData("(?:s['’]allient|join forces)", "s'allient|s’allient|join forces")]
    [InlineData("(?:rachetée?s?|bought)", "racheté|bought")]
    [InlineData("(?:(?:a|ont) racheté|bought)", "a racheté|ont racheté|bought")]
    [InlineData("(?:(?:will |to )?work with|ally)", "work with|will work with|to work with|ally")]
    public void Literal_prefixes_of_a_group(string group, string expected) =>
        Assert.Equal(expected.Split('|'), RelationRule.LiteralPrefixes(group));

    [Theory]
    [InlineData("(?:(?:a|ont)* racheté|bought)")]
    [InlineData("(?:e?xample|other)")]
    [InlineData("(?:,|est)")]
    public void No_prefixes_when_an_alternative_has_no_certain_start(string group) => Assert.Null(RelationRule.LiteralPrefixes(group));

    [Theory]
    [InlineData(@"(?<s>⟦[o]\d+⟧)(?!\s+of)[^⟦⟧.;]{0,40}?\b(?<=\s)x{1,3}", @"(?:⟦[o]\d+⟧)(?:)[^⟦⟧.;]{0,}?\b(?:)x{1,3}")]
    [InlineData(@"(?<rely>a)?b(?(rely)(?!c)|d)", @"(?:a)?b(?:(?:)|d)")]
    [InlineData(@"[(?<=]\p{L}{0,10}", @"[(?<=]\p{L}{0,}")]
    public void Relaxed_pattern_drops_what_only_narrows_a_match(string pattern, string expected) =>
        Assert.Equal(expected, RelaxedPattern.Relax(pattern));

    [Fact]
    public void Every_pattern_that_matches_a_test_sentence_passes_the_pre_test()
    {
        var sentences = TestSentences().ToList();
        Assert.True(sentences.Count > 100, $"only {sentences.Count} sentences");
        var matched = 0;
        foreach (var (masked, language) in sentences)
        {
            var possible = CueIndex.Default.Possible(masked);
            for (var r = 0; r < RelationRules.All.Count; r++)
            {
                if (!RelationRules.All[r].Pattern.IsMatch(masked)) continue;
                matched++;
                Assert.True(possible[r] && RelationRules.All[r].MayMatch(masked), $"{RelationRules.All[r].Name} matches but was skipped ({language}): {masked}");
            }
        }
        Assert.True(matched > 100, $"only {matched} matches checked");
    }

    /// <summary>The masked sentences (and their reduced forms) of every text the extraction tests use.</summary>
    private static IEnumerable<(string Masked, string Language)> TestSentences()
    {
        var texts = typeof(CueIndexTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes<InlineDataAttribute>())
            .SelectMany(a => a.GetData(null!))
            .Select(row => row.OfType<string>().FirstOrDefault())
            .Where(text => text is { Length: > 20 } && text.Contains(' '))
            .Distinct();
        foreach (var text in texts)
        {
            foreach (var language in new[] { "fr", "en" })
            {
                var recognizer = new EntityRecognizer(ActorLexicon.Default, language);
                foreach (var span in SentenceSplitter.Split(text!))
                {
                    var mentions = recognizer.Recognise(text!, span);
                    if (mentions.Count == 0) continue;
                    var masked = new MaskedSentence(text!, span, mentions, recognizer.Entities);
                    yield return (masked.Masked, language);
                    if (masked.Reduced is not null) yield return (masked.Reduced, language);
                }
            }
        }
    }
}
