namespace MarketGraph.Extraction.Tests;

public class LanguageDetectorTests
{
    [Fact]
    public void Detects_french() =>
        Assert.Equal("fr", LanguageDetector.Detect("Le ministère a choisi un hébergeur pour les données de santé, et la décision est attendue."));

    [Fact]
    public void Detects_a_short_french_sentence_by_its_elisions() =>
        Assert.Equal("fr", LanguageDetector.Detect("Orange a racheté en 2024 l'éditeur Kervalia."));

    [Fact]
    public void Detects_english() =>
        Assert.Equal("en", LanguageDetector.Detect("The ministry has chosen a hosting provider for the health data, and the decision is expected."));

    [Fact]
    public void Detects_a_short_english_sentence_with_few_function_words() =>
        Assert.Equal("en", LanguageDetector.Detect("Ericsson supplies Cellnex's small-cell radio units under a framework agreement."));

    [Theory]
    [InlineData("Das Ministerium hat einen Anbieter gewählt, der die Gesundheitsdaten verwaltet.")]
    [InlineData("1234 5678 ,,, ;;;")]
    [InlineData("")]
    public void Other_text_is_undetermined(string text) => Assert.Equal("und", LanguageDetector.Detect(text));
}
