namespace MarketGraph.Core.Documents;

/// <summary>
/// A fetched or read document: stored once per <see cref="ContentHash"/> (SHA-256 of the raw bytes, hex).
/// <see cref="Text"/> is the plain text that claims' evidence offsets point into.
/// <see cref="MediaType"/> tells extractors what the text is: "text/plain" for articles (already reduced
/// to plain text), or a notice format such as <see cref="MediaTypes.TedEforms"/> whose text is the notice itself.
/// </summary>
public sealed record Document(string ContentHash, string Text, string MediaType)
{
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Language { get; init; }
    public DateOnly? Published { get; init; }
    public DateTimeOffset FetchedAt { get; init; }
    public string? Publisher { get; init; }
    public string? Author { get; init; }
    public string? SourceName { get; init; }
}
