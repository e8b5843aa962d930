namespace MarketGraph.Core.Documents;

/// <summary>Bytes as fetched or read from disk, before any parsing.</summary>
public sealed record RawContent(byte[] Bytes)
{
    /// <summary>The HTTP Content-Type header (with charset), when fetched.</summary>
    public string? ContentType { get; init; }
    public Uri? Url { get; init; }
    /// <summary>The file name when read from disk; its extension picks the reader.</summary>
    public string? FileName { get; init; }
    public DateTimeOffset FetchedAt { get; init; }
    public string? SourceName { get; init; }

    public string Hash => ContentHash.Of(Bytes);

    public string Extension => Path.GetExtension(FileName ?? Url?.AbsolutePath ?? "").ToLowerInvariant();
}
