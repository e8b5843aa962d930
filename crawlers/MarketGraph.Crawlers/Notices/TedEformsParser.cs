using System.Xml.Linq;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Crawlers.Notices;

/// <summary>
/// TED eForms (UBL 2.3) notices: buyers from ContractingParty, winners via LotResult → LotTender →
/// TenderingParty → Tenderer → Organization (every tenderer of a consortium wins), values per lot tender.
/// </summary>
public sealed class TedEformsParser : INoticeFormat
{
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static readonly XNamespace Efac = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";
    private static readonly XNamespace Efbc = "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1";

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

    public Notice Parse(string text, string sourceName)
    {
        var doc = SafeXml.Load(text, sourceName);
        var root = doc.Root!;
        if (!Roots.Contains(root.Name.LocalName) || root.Name.NamespaceName.IndexOf("ubl:schema", StringComparison.Ordinal) < 0)
            throw new InvalidInputException($"{sourceName}: not a TED eForms notice (root element {root.Name.LocalName})");

        var orgs = new Dictionary<string, NoticeParty>(StringComparer.Ordinal);
        foreach (var org in root.Descendants(Efac + "Organization"))
        {
            var company = org.Element(Efac + "Company");
            if (company is null) continue;
            var id = company.Element(Cac + "PartyIdentification")?.Element(Cbc + "ID").Text();
            var name = company.Elements(Cac + "PartyName").Select(p => p.Element(Cbc + "Name").Text()).FirstOrDefault(n => n is not null);
            if (id is null || name is null) continue;
            var country = company.Element(Cac + "PostalAddress")?.Element(Cac + "Country")?.Element(Cbc + "IdentificationCode").Text();
            var companyId = company.Element(Cac + "PartyLegalEntity")?.Element(Cbc + "CompanyID").Text();
            var ids = OrganisationIds.Classify(companyId, country);
            ids[Core.Entities.IdentifierSchemes.TedOrganisation] = id;
            orgs[id] = new NoticeParty(name, EntityKind.Organization) { Identifiers = ids, Country = country };
        }
        // ORG-0001 is local to one notice: drop it from the identifiers that the resolver matches across notices
        NoticeParty Org(string id, EntityKind kind)
        {
            var p = orgs[id];
            var ids = p.Identifiers.Where(kv => kv.Key != Core.Entities.IdentifierSchemes.TedOrganisation).ToDictionary();
            return p with { Kind = kind, Identifiers = ids };
        }

        var buyers = root.Elements(Cac + "ContractingParty")
            .Select(cp => cp.Element(Cac + "Party")?.Element(Cac + "PartyIdentification")?.Element(Cbc + "ID").Text())
            .Where(id => id is not null && orgs.ContainsKey(id))
            .Select(id => Org(id!, EntityKind.PublicBody))
            .ToList();

        var result = root.Descendants(Efac + "NoticeResult").FirstOrDefault();
        var parties = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var tenders = new Dictionary<string, (string? Party, decimal? Value, string? Currency, string? Lot)>(StringComparer.Ordinal);
        var contractDates = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        var awards = new List<NoticeAward>();
        var lotTitles = root.Elements(Cac + "ProcurementProjectLot").ToDictionary(
            l => l.Element(Cbc + "ID").Text() ?? "",
            l => (Title: l.Element(Cac + "ProcurementProject")?.Element(Cbc + "Name").Text(),
                  Cpv: l.Element(Cac + "ProcurementProject")?.Element(Cac + "MainCommodityClassification")?.Element(Cbc + "ItemClassificationCode").Text()));
        if (result is not null)
        {
            foreach (var tp in result.Elements(Efac + "TenderingParty"))
            {
                var id = tp.Element(Cbc + "ID").Text();
                if (id is null) continue;
                parties[id] = tp.Elements(Efac + "Tenderer").Select(t => t.Element(Cbc + "ID").Text()).OfType<string>().ToList();
            }
            foreach (var lt in result.Elements(Efac + "LotTender"))
            {
                var id = lt.Element(Cbc + "ID").Text();
                if (id is null) continue;
                var amount = lt.Element(Cac + "LegalMonetaryTotal")?.Element(Cbc + "PayableAmount");
                tenders[id] = (lt.Element(Efac + "TenderingParty")?.Element(Cbc + "ID").Text(), XmlHelpers.Decimal(amount?.Value),
                    amount?.Attribute("currencyID")?.Value, lt.Element(Efac + "TenderLot")?.Element(Cbc + "ID").Text());
            }
            foreach (var sc in result.Elements(Efac + "SettledContract"))
            {
                var date = XmlHelpers.Date(sc.Element(Cbc + "IssueDate").Text());
                foreach (var t in sc.Elements(Efac + "LotTender").Select(t => t.Element(Cbc + "ID").Text()).OfType<string>()) contractDates[t] = date;
            }
            foreach (var lr in result.Elements(Efac + "LotResult"))
            {
                var code = lr.Element(Cbc + "TenderResultCode").Text();
                if (code is not null && code != "selec-w") continue;
                var lot = lr.Element(Efac + "TenderLot")?.Element(Cbc + "ID").Text();
                foreach (var tenderId in lr.Elements(Efac + "LotTender").Select(t => t.Element(Cbc + "ID").Text()).OfType<string>())
                {
                    if (!tenders.TryGetValue(tenderId, out var tender) || tender.Party is null || !parties.TryGetValue(tender.Party, out var members)) continue;
                    var winners = members.Where(orgs.ContainsKey).Select(m => Org(m, EntityKind.Organization)).ToList();
                    if (winners.Count == 0) continue;
                    var lotId = lot ?? tender.Lot;
                    var lotInfo = lotId is not null && lotTitles.TryGetValue(lotId, out var li) ? li : default;
                    awards.Add(new NoticeAward(winners)
                    {
                        Value = tender.Value,
                        Currency = tender.Currency,
                        LotId = lotId,
                        Title = lotInfo.Title,
                        Cpv = lotInfo.Cpv,
                        Date = contractDates.GetValueOrDefault(tenderId),
                    });
                }
            }
        }

        var publication = root.Descendants(Efac + "Publication").FirstOrDefault();
        var publicationId = publication?.Element(Efbc + "NoticePublicationID").Text();
        var noticeId = publicationId ?? root.Element(Cbc + "ID").Text() ?? throw new InvalidInputException($"{sourceName}: eForms notice without an ID");
        var project = root.Element(Cac + "ProcurementProject");
        var cpv = new List<string>();
        foreach (var p in new[] { project }.Concat(root.Elements(Cac + "ProcurementProjectLot").Select(l => l.Element(Cac + "ProcurementProject"))))
        {
            if (p is null) continue;
            foreach (var c in p.Elements(Cac + "MainCommodityClassification").Concat(p.Elements(Cac + "AdditionalCommodityClassification")))
            {
                var code = c.Element(Cbc + "ItemClassificationCode").Text();
                if (code is not null && !cpv.Contains(code)) cpv.Add(code);
            }
        }

        return new Notice(noticeId)
        {
            Title = project?.Element(Cbc + "Name").Text(),
            Published = XmlHelpers.Date(publication?.Element(Efbc + "PublicationDate").Text()) ?? XmlHelpers.Date(root.Element(Cbc + "IssueDate").Text()),
            SubType = root.Descendants(Cbc + "SubTypeCode").FirstOrDefault().Text(),
            Language = Iso639(root.Element(Cbc + "NoticeLanguageCode").Text()),
            Buyers = buyers,
            Awards = awards,
            Cpv = cpv,
            Lots = root.Elements(Cac + "ProcurementProjectLot").Select(l => l.Element(Cbc + "ID").Text()).OfType<string>().ToList(),
        };
    }

    internal static string? Iso639(string? code) => code?.ToUpperInvariant() switch
    {
        null => null,
        "ENG" => "en", "FRA" => "fr", "DEU" => "de", "NLD" => "nl", "FIN" => "fi", "SWE" => "sv", "EST" => "et",
        "SPA" => "es", "ITA" => "it", "POL" => "pl", "POR" => "pt", "DAN" => "da", "CES" => "cs",
        var c when c.Length == 2 => c.ToLowerInvariant(),
        var c => c.ToLowerInvariant(),
    };
}
