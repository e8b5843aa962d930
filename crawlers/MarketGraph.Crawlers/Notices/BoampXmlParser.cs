using System.Xml.Linq;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Crawlers.Notices;

/// <summary>
/// BOAMP notices, schema Boamp_v230 (root ANNONCE). Winners are the TITULAIRE elements of each DECISION;
/// each is paired with the RENSEIGNEMENT that follows it (they are interleaved siblings).
/// </summary>
public sealed class BoampXmlParser : INoticeFormat
{
    public string Name => "BOAMP";
    public string MediaType => MediaTypes.BoampXml;

    public bool Recognises(RawContent raw)
    {
        if (raw.ContentType?.StartsWith(MediaTypes.BoampXml, StringComparison.OrdinalIgnoreCase) == true) return true;
        return SafeXml.LooksLikeXml(raw) && SafeXml.RootName(raw.Bytes, out _) == "ANNONCE";
    }

    public Notice Parse(string text, string sourceName)
    {
        var root = SafeXml.Load(text, sourceName).Root!;
        if (root.Name.LocalName != "ANNONCE") throw new InvalidInputException($"{sourceName}: not a BOAMP notice (root element {root.Name.LocalName})");
        var gestion = root.Element("GESTION");
        var idweb = gestion?.Element("REFERENCE")?.Element("IDWEB").Text() ?? throw new InvalidInputException($"{sourceName}: BOAMP notice without IDWEB");
        var nature = gestion?.Element("REFERENCE")?.Element("TYPE_AVIS")?.Element("NATURE")?.Elements().FirstOrDefault()?.Name.LocalName;
        var donnees = root.Element("DONNEES");
        var identite = donnees?.Element("IDENTITE");
        var buyers = new List<NoticeParty>();
        if (identite?.Element("DENOMINATION").Text() is { } buyerName)
        {
            buyers.Add(new NoticeParty(buyerName, EntityKind.PublicBody)
            {
                Country = "FR",
                Identifiers = OrganisationIds.Classify(identite.Element("SIRET").Text() ?? identite.Element("CODE_IDENT_NATIONAL").Text(), "FR"),
            });
        }
        var cpv = donnees?.Descendants("CPV").SelectMany(c => c.Elements("PRINCIPAL").Concat(c.Elements("SUPPLEMENTAIRE")))
            .Select(e => e.Text()).OfType<string>().Distinct().ToList() ?? [];
        var title = gestion?.Element("INDEXATION")?.Element("RESUME_OBJET").Text() ?? donnees?.Element("OBJET")?.Element("OBJET_COMPLET").Text();

        var awards = new List<NoticeAward>();
        foreach (var decision in donnees?.Element("ATTRIBUTION")?.Elements("DECISION") ?? [])
        {
            var lot = decision.Element("NUM_LOT").Text();
            var lotTitle = decision.Element("INTITULE").Text() ?? decision.Element("DESCRIPTION").Text();
            NoticeParty? pending = null;
            var group = new List<NoticeParty>();
            foreach (var child in decision.Elements())
            {
                if (child.Name.LocalName == "TITULAIRE" && child.Element("DENOMINATION").Text() is { } raw)
                {
                    if (pending is not null) group.Add(pending);
                    pending = new NoticeParty(PartyNames.Clean(raw), EntityKind.Organization)
                    {
                        Verbatim = child.Element("DENOMINATION")!.Value,
                        Country = "FR",
                        Identifiers = OrganisationIds.Classify(child.Element("SIRET").Text() ?? child.Element("CODE_IDENT_NATIONAL").Text(), "FR"),
                    };
                }
                else if (child.Name.LocalName == "RENSEIGNEMENT" && pending is not null)
                {
                    group.Add(pending);
                    pending = null;
                    var amount = child.Element("MONTANT") ?? child.Element("MONTANT_MIN");
                    awards.Add(new NoticeAward(group.ToList())
                    {
                        Value = XmlHelpers.Decimal(amount?.Value),
                        Currency = amount?.Attribute("DEVISE")?.Value ?? (amount is null ? null : "EUR"),
                        Date = XmlHelpers.Date(child.Element("DATE_ATTRIBUTION").Text()),
                        LotId = lot,
                        Title = lotTitle ?? title,
                        Cpv = cpv.FirstOrDefault(),
                    });
                    group.Clear();
                }
            }
            if (pending is not null) group.Add(pending);
            if (group.Count > 0) awards.Add(new NoticeAward(group.ToList()) { LotId = lot, Title = lotTitle ?? title, Cpv = cpv.FirstOrDefault() });
        }

        return new Notice(idweb)
        {
            Title = title,
            Published = XmlHelpers.Date(gestion?.Element("INDEXATION")?.Element("DATE_PUBLICATION").Text()),
            SubType = nature,
            Language = "fr",
            Buyers = buyers,
            Awards = awards,
            Cpv = cpv,
            Lots = donnees?.Descendants("LOTS").Elements("LOT").Select(l => l.Element("NUM").Text()).OfType<string>().ToList() ?? [],
        };
    }
}
