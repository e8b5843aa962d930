using BenchmarkDotNet.Attributes;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ports;
using MarketGraph.Crawlers.Notices;

namespace MarketGraph.Crawlers.Benchmarks;

/// <summary>eForms notices read and extracted per second on one core (the real 6-lot Belgian award, 40 KB, one line).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class EformsParseBenchmarks
{
    private RawContent _raw = null!;
    private Document _document = null!;
    private readonly IDocumentReader _reader = new NoticeReader(new TedEformsParser());
    private readonly IClaimExtractor _extractor = new NoticeExtractor(new TedEformsParser());

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "notices", "real_can29_2024-OJS198-00611835_BE_cloud-servers.xml");
        _raw = new RawContent(File.ReadAllBytes(path)) { FileName = Path.GetFileName(path) };
        _document = _reader.Read(_raw);
    }

    [Benchmark]
    public int ParseNotice() => new TedEformsParser().Parse(_document.Text, "bench").Awards.Count;

    /// <summary>What ingestion does per notice: read (decode + validate) then extract claims.</summary>
    [Benchmark]
    public int ReadAndExtract() => _extractor.Extract(_reader.Read(_raw)).Claims.Count;
}
