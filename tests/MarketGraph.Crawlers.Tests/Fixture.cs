using MarketGraph.Core.Documents;
using MarketGraph.Core.Ingestion;
using MarketGraph.Core.Ports;
using MarketGraph.Crawlers;

namespace MarketGraph.Crawlers.Tests;

internal static class Fixture
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(string relative) => Path.Combine(Dir, relative);

    public static RawContent Raw(string relative) =>
        new(File.ReadAllBytes(PathOf(relative))) { FileName = Path.GetFileName(relative) };

    public static readonly DocumentReaders Readers = new(CrawlerReaders.All());
    public static readonly ClaimExtractors Extractors = new(CrawlerReaders.NoticeExtractors());

    public static (Document Doc, Extraction Extraction) Extract(string relative)
    {
        var doc = Readers.Read(Raw(relative));
        return (doc, Extractors.Extract(doc, 0.5));
    }

    /// <summary>Every claim's evidence is a verbatim span of the text at its offsets.</summary>
    public static void AssertEvidence(Document doc, Extraction x)
    {
        foreach (var c in x.Claims)
        {
            Assert.True(c.Evidence.End > c.Evidence.Start);
            Assert.Equal(c.Evidence.Quote, doc.Text[c.Evidence.Start..c.Evidence.End]);
        }
    }
}
