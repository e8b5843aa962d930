using System.Xml.Linq;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Crawlers.Notices;

/// <summary>TED_EXPORT R2.0.9 notices (before eForms): the first form of FORM_SECTION, its AWARD_CONTRACT blocks.</summary>
public sealed class TedLegacyParser : INoticeFormat
{
    public string Name => "TED legacy";
    public string MediaType => MediaTypes.TedLegacy;

    public bool Recognises(RawContent raw)
    {
        if (raw.ContentType?.StartsWith(MediaTypes.TedLegacy, StringComparison.OrdinalIgnoreCase) == true) return true;
        return SafeXml.LooksLikeXml(raw) && SafeXml.RootName(raw.Bytes, out _) == "TED_EXPORT";
    }

    public Notice Parse(string text, string sourceName)
    {
        var root = SafeXml.Load(text, sourceName).Root!;
        if (root.Name.LocalName != "TED_EXPORT") throw new InvalidInputException($"{sourceName}: not a TED_EXPORT notice (root element {root.Name.LocalName})");
        var ns = root.Name.Namespace;
        XElement? El(XElement? e, params string[] path)
        {
            foreach (var p in path) e = e?.Element(ns + p);
            return e;
        }

        var coded = root.Element(ns + "CODED_DATA_SECTION");
        var noticeId = El(coded, "NOTICE_DATA", "NO_DOC_OJS").Text() ?? root.Attribute("DOC_ID")?.Value
            ?? throw new InvalidInputException($"{sourceName}: TED_EXPORT without NO_DOC_OJS");
        var forms = root.Element(ns + "FORM_SECTION")?.Elements().ToList() ?? [];
        var form = forms.FirstOrDefault(f => f.Attribute("CATEGORY")?.Value == "ORIGINAL") ?? forms.FirstOrDefault();

        var buyers = new List<NoticeParty>();
        var cpv = new List<string>();
        var awards = new List<NoticeAward>();
        string? title = null;
        if (form is not null)
        {
            foreach (var body in form.Elements(ns + "CONTRACTING_BODY").SelectMany(c => c.Elements(ns + "ADDRESS_CONTRACTING_BODY").Concat(c.Elements(ns + "ADDRESS_CONTRACTING_BODY_ADDITIONAL"))))
            {
                var party = Party(body, ns, EntityKind.PublicBody);
                if (party is not null) buyers.Add(party);
            }
            var obj = form.Element(ns + "OBJECT_CONTRACT");
            title = obj?.Element(ns + "TITLE").Text();
            foreach (var code in obj?.Descendants(ns + "CPV_CODE").Select(c => c.Attribute("CODE")?.Value).OfType<string>() ?? [])
            {
                if (!cpv.Contains(code)) cpv.Add(code);
            }
            var mainCpv = El(obj, "CPV_MAIN", "CPV_CODE")?.Attribute("CODE")?.Value;
            foreach (var ac in form.Elements(ns + "AWARD_CONTRACT"))
            {
                var awarded = ac.Element(ns + "AWARDED_CONTRACT");
                if (awarded is null) continue;
                var contractors = awarded.Element(ns + "CONTRACTORS")?.Elements(ns + "CONTRACTOR") ?? awarded.Elements(ns + "CONTRACTOR");
                var winners = contractors.Select(c => Party(c.Element(ns + "ADDRESS_CONTRACTOR"), ns, EntityKind.Organization)).OfType<NoticeParty>().ToList();
                if (winners.Count == 0) continue;
                var values = awarded.Element(ns + "VALUES") ?? awarded;
                var total = values.Element(ns + "VAL_TOTAL") ?? values.Element(ns + "VAL_RANGE_TOTAL")?.Element(ns + "HIGH");
                var lot = ac.Element(ns + "LOT_NO").Text();
                awards.Add(new NoticeAward(winners)
                {
                    Value = XmlHelpers.Decimal(total?.Value),
                    Currency = total?.Attribute("CURRENCY")?.Value ?? total?.Parent?.Attribute("CURRENCY")?.Value,
                    Date = XmlHelpers.Date(awarded.Element(ns + "DATE_CONCLUSION_CONTRACT").Text()),
                    LotId = lot,
                    Title = ac.Element(ns + "TITLE").Text() ?? title,
                    Cpv = mainCpv,
                    Anchor = ac.Element(ns + "CONTRACT_NO").Text() is { } no ? $"<CONTRACT_NO>{no}</CONTRACT_NO>" : null,
                });
            }
        }

        return new Notice(noticeId)
        {
            Title = title,
            Published = XmlHelpers.Date(El(coded, "REF_OJS", "DATE_PUB").Text()),
            SubType = form?.Attribute("FORM")?.Value ?? form?.Name.LocalName,
            Language = form?.Attribute("LG")?.Value.ToLowerInvariant(),
            Buyers = buyers,
            Awards = awards,
            Cpv = cpv,
            Lots = form?.Descendants(ns + "LOT_NO").Select(l => l.Text()).OfType<string>().Distinct().ToList() ?? [],
        };
    }

    private static NoticeParty? Party(XElement? address, XNamespace ns, EntityKind kind)
    {
        var raw = address?.Element(ns + "OFFICIALNAME").Text();
        if (raw is null) return null;
        var country = address!.Element(ns + "COUNTRY")?.Attribute("VALUE")?.Value;
        return new NoticeParty(PartyNames.Clean(raw), kind)
        {
            Verbatim = address.Element(ns + "OFFICIALNAME")!.Value,
            Country = country,
            Identifiers = OrganisationIds.Classify(address.Element(ns + "NATIONALID").Text(), country),
        };
    }
}
