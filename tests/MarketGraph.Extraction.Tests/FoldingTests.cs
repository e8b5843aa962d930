using MarketGraph.Core.Entities;

namespace MarketGraph.Extraction.Tests;

public class FoldingTests
{
    [Theory]
    [InlineData("Télécom")]
    [InlineData("ŒUVRE")]
    [InlineData("Ærø")]
    [InlineData("Straße")]
    [InlineData("Łódź")]
    [InlineData("İstanbul")]
    [InlineData("Ελλάδα")]
    [InlineData("Orange")]
    public void The_table_fold_equals_unicode_normalisation(string word) =>
        Assert.Equal(EntityKey.FoldAccents(word.ToLowerInvariant()), ActorLexicon.Fold(word));

    [Fact]
    public void Every_latin_letter_folds_as_unicode_normalisation_does()
    {
        for (var c = (char)0x80; c < 0x250; c++)
        {
            if (!char.IsLetter(c)) continue;
            var word = "a" + c + "b";
            Assert.Equal(EntityKey.FoldAccents(word.ToLowerInvariant()), ActorLexicon.Fold(word));
        }
    }
}
