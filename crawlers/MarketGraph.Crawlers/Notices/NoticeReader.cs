using MarketGraph.Core.Documents;
using MarketGraph.Core.Ports;

namespace MarketGraph.Crawlers.Notices;

/// <summary>
/// Reads a notice file as a document whose text is the notice itself (the claims' evidence offsets point
/// into it). The notice is parsed once here so malformed input is refused before anything is stored.
/// </summary>
public sealed class NoticeReader(INoticeFormat format) : IDocumentReader
{
    public INoticeFormat Format => format;

    public bool CanRead(RawContent raw) => format.Recognises(raw);

    public Document Read(RawContent raw)
    {
        var name = raw.FileName ?? raw.Url?.ToString() ?? "input";
        var text = TextDecoding.DecodeUtf8(raw);
        var notice = format.Parse(text, name);
        return new Document(raw.Hash, text, format.MediaType)
        {
            Title = notice.Title is { } t ? (t.Length > 300 ? t[..300] : t) : $"{format.Name} {notice.Id}",
            Published = notice.Published,
            Language = notice.Language,
            Url = raw.Url?.ToString(),
            FetchedAt = raw.FetchedAt,
            SourceName = raw.SourceName,
            Publisher = format.Name,
        };
    }
}
