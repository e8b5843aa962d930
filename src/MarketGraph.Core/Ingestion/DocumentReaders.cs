using MarketGraph.Core.Documents;
using MarketGraph.Core.Ports;

namespace MarketGraph.Core.Ingestion;

/// <summary>Picks the first reader that can read the content; unknown formats are bad input.</summary>
public sealed class DocumentReaders(IEnumerable<IDocumentReader> readers)
{
    private readonly IReadOnlyList<IDocumentReader> _readers = readers.ToList();

    public Document Read(RawContent raw)
    {
        TextDecoding.EnsureUsable(raw);
        var reader = _readers.FirstOrDefault(r => r.CanRead(raw))
            ?? throw new InvalidInputException(
                $"{raw.FileName ?? raw.Url?.ToString() ?? "input"}: unknown format (expected .txt, .html, .json or a notice .xml)");
        return reader.Read(raw);
    }
}
