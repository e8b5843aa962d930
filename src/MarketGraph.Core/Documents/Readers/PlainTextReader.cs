using MarketGraph.Core.Ports;

namespace MarketGraph.Core.Documents.Readers;

/// <summary>A <c>.txt</c> file: the title on the first line, then the text.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public bool CanRead(RawContent raw) =>
        raw.Extension is ".txt" or ".text" ||
        (raw.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) ?? false);

    public Document Read(RawContent raw)
    {
        var text = TextDecoding.StripControlCharacters(TextDecoding.DecodeUtf8(raw).Replace("\r\n", "\n"));
        var firstBreak = text.IndexOf('\n');
        var title = (firstBreak < 0 ? text : text[..firstBreak]).Trim();
        if (title.Length > 300) title = title[..300];
        return new Document(raw.Hash, text, MediaTypes.PlainText)
        {
            Title = title,
            Url = raw.Url?.ToString(),
            FetchedAt = raw.FetchedAt,
            SourceName = raw.SourceName,
        };
    }
}
