namespace MarketGraph.Extraction;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into a document's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
