using BenchmarkDotNet.Attributes;
using MarketGraph.Core.Documents;

namespace MarketGraph.Extraction.Benchmarks;

/// <summary>Full extraction of one ~5 KB article against the bare sentence split + tokenisation of the same text.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly TextClaimExtractor _extractor = new();
    private Document _document = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = ArticleInput.Load();
        _extractor.Extract(_document);
    }

    [Benchmark(Baseline = true)]
    public int SplitAndTokenise() => Baseline.SplitAndTokenise(_document.Text);

    [Benchmark]
    public int Extract() => _extractor.Extract(_document).Claims.Count;
}

public static class Baseline
{
    public static int SplitAndTokenise(string text)
    {
        var tokens = 0;
        foreach (var s in SentenceSplitter.Split(text))
        {
            foreach (var _ in Tokenizer.Words(text, s.Start, s.End)) tokens++;
        }
        return tokens;
    }
}
