using System.Xml;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Crawlers.Notices;

/// <summary>
/// TED eForms (UBL 2.3) notices: buyers from ContractingParty, winners via LotResult → LotTender →
/// TenderingParty → Tenderer → Organization (every tenderer of a consortium wins), values per lot tender.
/// </summary>
/// <remarks>
/// One forward pass of a <see cref="SafeXml"/> reader, no tree: the notice parts refer to each other by id
/// (and eForms puts LotResult before LotTender), so the pass collects rows and <see cref="EformsRows.Build"/> joins them.
/// </remarks>
public sealed class TedEformsParser : INoticeFormat
{
    private static readonly HashSet<string> Roots = ["ContractAwardNotice", "ContractNotice", "PriorInformationNotice"];

    public string Name => "TED eForms";
    public string MediaType => MediaTypes.TedEforms;

    public bool Recognises(RawContent raw)
    {
        if (raw.ContentType?.StartsWith(MediaTypes.TedEforms, StringComparison.OrdinalIgnoreCase) == true) return true;
        if (!SafeXml.LooksLikeXml(raw)) return false;
        var root = SafeXml.RootName(raw.Bytes, out var head);
        return root is not null && Roots.Contains(root) && head.Contains("urn:oasis:names:specification:ubl:schema:xsd:", StringComparison.Ordinal);
    }

    public Notice Parse(string text, string sourceName) => SafeXml.Read(text, sourceName, r =>
    {
        r.MoveToContent();
        if (r.NodeType != XmlNodeType.Element || !Roots.Contains(r.LocalName) || !r.NamespaceURI.Contains("ubl:schema", StringComparison.Ordinal))
            throw new InvalidInputException($"{sourceName}: not a TED eForms notice (root element {r.LocalName})");
        var rows = new EformsRows();
        new EformsPass(r, rows).ReadRoot();
        return rows.Build(sourceName);
    });

    internal static string? Iso639(string? code) => code?.ToUpperInvariant() switch
    {
        null => null,
        "ENG" => "en", "FRA" => "fr", "DEU" => "de", "NLD" => "nl", "FIN" => "fi", "SWE" => "sv", "EST" => "et",
        "SPA" => "es", "ITA" => "it", "POL" => "pl", "POR" => "pt", "DAN" => "da", "CES" => "cs",
        var c when c.Length == 2 => c.ToLowerInvariant(),
        var c => c.ToLowerInvariant(),
    };
}
