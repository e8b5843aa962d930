using MarketGraph.Core.Documents.Readers;
using MarketGraph.Core.Ingestion;
using MarketGraph.Core.Ports;
using MarketGraph.Crawlers;
using MarketGraph.Extraction;
using Microsoft.Extensions.Options;

namespace MarketGraph.Api.Composition;

public static class IngestionServices
{
    /// <summary>Readers (most specific formats first, plain formats last), extractors and the ingestor.</summary>
    public static IServiceCollection AddMarketGraphIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section);
        // the crawlers register the notice and article-page readers and the notice extractors first:
        // they recognise their own formats, the plain readers and the text engine take the rest
        services.AddMarketGraphCrawlers();
        services.AddSingleton<IDocumentReader, CorpusJsonReader>();
        services.AddSingleton<IDocumentReader, PlainTextReader>();
        services.AddSingleton(sp => new DocumentReaders(sp.GetServices<IDocumentReader>()));
        services.AddSingleton<IClaimExtractor, TextClaimExtractor>();
        services.AddSingleton(sp => new ClaimExtractors(sp.GetServices<IClaimExtractor>()));
        services.AddSingleton(sp => new DocumentIngestor(
            sp.GetRequiredService<DocumentReaders>(),
            sp.GetRequiredService<ClaimExtractors>(),
            sp.GetRequiredService<IGraphStore>(),
            sp.GetRequiredService<IOptions<IngestionOptions>>().Value));
        return services;
    }
}
