using MarketGraph.Core.Ports;
using MarketGraph.Crawlers.Html;
using MarketGraph.Crawlers.Notices;

namespace MarketGraph.Crawlers;

/// <summary>The readers and notice extractors this project provides, for hosts to register beside Core's.</summary>
public static class CrawlerReaders
{
    public static IReadOnlyList<INoticeFormat> NoticeFormats { get; } =
    [
        new TedEformsParser(), new TedLegacyParser(), new BoampXmlParser(), new BoampJsonParser(), new BoampOpenDataParser(), new DecpJsonParser(), new OcdsReleaseParser(),
    ];

    /// <summary>Notice readers first (they sniff content), then the HTML article reader.</summary>
    public static IEnumerable<IDocumentReader> All() =>
        NoticeFormats.Select(f => (IDocumentReader)new NoticeReader(f)).Append(new HtmlArticleReader());

    public static IEnumerable<IClaimExtractor> NoticeExtractors() =>
        NoticeFormats.Select(f => (IClaimExtractor)new NoticeExtractor(f));
}
