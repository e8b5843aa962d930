using MarketGraph.Core.Documents;
using MarketGraph.Core.Documents.Readers;
using MarketGraph.Core.Ingestion;
using MarketGraph.Sqlite;

namespace MarketGraph.Crawlers.Tests;

public class BundledSampleTests
{
    [Fact]
    public async Task Every_sample_file_is_read_and_the_notices_fill_the_graph()
    {
        var files = BundledSample.Load(Path.Combine(AppContext.BaseDirectory, "sample")).ToList();
        Assert.True(files.Count >= 12, $"{files.Count} files");
        var dir = Path.Combine(Path.GetTempPath(), "mg-sample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            await using var store = await SqliteGraphStore.OpenAsync(Path.Combine(dir, "s.db"));
            var readers = new DocumentReaders(CrawlerReaders.All().Prepend(new PlainTextReader()).Append(new CorpusJsonReader()));
            var ingestor = new DocumentIngestor(readers, new ClaimExtractors(CrawlerReaders.NoticeExtractors()), store, new IngestionOptions());
            foreach (var raw in files) await ingestor.IngestAsync(raw);
            var counts = await store.CountsAsync();
            Assert.Equal(files.Count, counts.Documents);
            Assert.True(counts.Claims >= 20, $"{counts.Claims} claims");
            var texts = files.Where(f => f.Extension == ".txt").Select(readers.Read).ToList();
            Assert.All(texts, d => Assert.Equal(MediaTypes.PlainText, d.MediaType));
            Assert.True(texts.Count >= 3);
        }
        finally
        {
            try { Directory.Delete(dir, true); } catch (IOException) { }
        }
    }
}
