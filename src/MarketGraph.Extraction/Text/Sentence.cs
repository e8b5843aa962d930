namespace MarketGraph.Extraction.Text;

/// <summary>A sentence as a span of the document text.</summary>
public readonly record struct Sentence(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text[Start..End];
}
