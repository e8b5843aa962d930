namespace MarketGraph.Core.Documents;

/// <summary>Media types of documents. Notice formats are vendor types so extractors can pick their own.</summary>
public static class MediaTypes
{
    public const string PlainText = "text/plain";
    public const string Html = "text/html";
    public const string TedEforms = "application/vnd.ted.eforms+xml";
    public const string TedLegacy = "application/vnd.ted.legacy+xml";
    public const string BoampXml = "application/vnd.boamp+xml";
    public const string BoampJson = "application/vnd.boamp+json";
    public const string Decp = "application/vnd.decp+json";
    public const string Ocds = "application/vnd.ocds+json";
}
