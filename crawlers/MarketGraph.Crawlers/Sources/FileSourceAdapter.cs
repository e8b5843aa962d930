using System.Runtime.CompilerServices;

namespace MarketGraph.Crawlers.Sources;

/// <summary><c>page</c>, <c>boamp</c>, <c>ocds</c>: the URL is one document (an article, a notice, a data file). DECP files are streamed: <see cref="DecpSourceAdapter"/>.</summary>
public sealed class FileSourceAdapter : ISourceAdapter
{
    public bool Handles(string kind) => kind is SourceKinds.Page or SourceKinds.Boamp or SourceKinds.Ocds;

    public async IAsyncEnumerable<CrawlItem> ItemsAsync(CrawlSession session, [EnumeratorCancellation] CancellationToken ct)
    {
        yield return await session.FetchDocumentAsync(session.Source.Url, ct);
    }
}
