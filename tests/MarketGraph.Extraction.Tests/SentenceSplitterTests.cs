namespace MarketGraph.Extraction.Tests;

public class SentenceSplitterTests
{
    private static List<string> Split(string text) => SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Splits_on_full_stops_followed_by_a_capital()
    {
        Assert.Equal(["Le marché progresse.", "Les opérateurs investissent."], Split("Le marché progresse. Les opérateurs investissent."));
    }

    [Fact]
    public void Keeps_abbreviations_and_initials_inside_the_sentence()
    {
        var s = Split("M. Durand a rencontré J. Smith de Nimbus Inc. hier. Puis il est parti.");
        Assert.Equal(2, s.Count);
        Assert.StartsWith("M. Durand", s[0]);
    }

    [Fact]
    public void Keeps_percentages_and_decimals_with_nbsp()
    {
        var s = Split("L'État détient 23\u00A0% du capital, soit 2.5 milliards. La suite est connue.");
        Assert.Equal(2, s.Count);
        Assert.Contains("23\u00A0%", s[0]);
    }

    [Fact]
    public void A_sentence_ends_after_closing_guillemets()
    {
        var s = Split("« Nous sommes prêts. » Le dirigeant sourit. \"We are ready.\" He left.");
        Assert.Equal(4, s.Count);
        Assert.Equal("« Nous sommes prêts. »", s[0]);
    }

    [Fact]
    public void Blank_lines_end_a_sentence_even_without_punctuation()
    {
        var s = Split("Un titre sans point\n\nLe texte commence ici.");
        Assert.Equal(["Un titre sans point", "Le texte commence ici."], s);
    }

    [Fact]
    public void Text_without_punctuation_is_cut_into_bounded_pieces()
    {
        var text = string.Concat(Enumerable.Repeat("mot ", 5000));
        var spans = SentenceSplitter.Split(text);
        Assert.True(spans.Count >= text.Length / SentenceSplitter.MaxSentenceLength);
        Assert.All(spans, s => Assert.True(s.Length <= SentenceSplitter.MaxSentenceLength + 1));
    }

    [Fact]
    public void Offsets_point_into_the_text()
    {
        var text = "  Première phrase.   Deuxième phrase !  ";
        foreach (var s in SentenceSplitter.Split(text))
        {
            Assert.False(char.IsWhiteSpace(text[s.Start]));
            Assert.False(char.IsWhiteSpace(text[s.End - 1]));
        }
    }
}
