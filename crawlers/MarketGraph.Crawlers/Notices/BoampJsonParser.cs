using System.Text.Json;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Crawlers.Notices;

/// <summary>
/// BOAMP records of the DILA open-data API (v230 as JSON: <c>{gestion, donnees}</c>, lower-case keys, dates in
/// epoch milliseconds). Award decisions follow the XML's structure: <c>donnees.attribution.decision[].titulaire</c>.
/// </summary>
public sealed class BoampJsonParser : INoticeFormat
{
    public string Name => "BOAMP JSON";
    public string MediaType => MediaTypes.BoampJson;

    public bool Recognises(RawContent raw)
    {
        if (raw.ContentType?.StartsWith(MediaTypes.BoampJson, StringComparison.OrdinalIgnoreCase) == true) return true;
        var keys = JsonSniff.TopLevelKeys(raw);
        return keys.Contains("gestion") && keys.Contains("donnees");
    }

    public Notice Parse(string text, string sourceName)
    {
        using var doc = JsonSniff.Parse(text, sourceName);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || root.Get("gestion") is not { } gestion || root.Get("donnees") is not { } donnees)
            throw new InvalidInputException($"{sourceName}: not a BOAMP record (no \"gestion\"/\"donnees\")");
        var idweb = gestion.Str("reference", "idweb") ?? throw new InvalidInputException($"{sourceName}: BOAMP record without idweb");
        var nature = gestion.Get("reference", "typeavis", "nature") is { ValueKind: JsonValueKind.Object } n
            ? n.EnumerateObject().FirstOrDefault(p => p.Value.ValueKind != JsonValueKind.Null).Name : null;
        var buyers = new List<NoticeParty>();
        if (donnees.Str("identite", "denomination") is { } buyerName)
            buyers.Add(new NoticeParty(buyerName, EntityKind.PublicBody) { Country = "FR", Identifiers = OrganisationIds.Classify(donnees.Str("identite", "siret"), "FR") });
        var cpv = donnees.Get("objet").Items().SelectMany(o => o.Get("cpv").Items())
            .SelectMany(c => new[] { c.Str("principal") }.Concat(c.Get("supplementaire").Items().Select(s => s.ValueKind == JsonValueKind.String ? s.GetString() : s.Str("code"))))
            .OfType<string>().Distinct().ToList();
        var title = gestion.Str("indexation", "resumeobjet") ?? donnees.Get("objet").Items().Select(o => o.Str("objetcomplet")).FirstOrDefault(t => t is not null);
        var awards = new List<NoticeAward>();
        foreach (var decision in donnees.Get("attribution", "decision").Items())
        {
            var winners = decision.Get("titulaire").Items().Select(t => t.Str("denomination")).OfType<string>()
                .Select(name => new NoticeParty(PartyNames.Clean(name), EntityKind.Organization) { Verbatim = name, Country = "FR" }).ToList();
            if (winners.Count == 0) continue;
            var info = decision.Get("renseignement").Items().FirstOrDefault();
            awards.Add(new NoticeAward(winners)
            {
                LotId = decision.Str("numlot"),
                Title = decision.Str("intitule") ?? title,
                Value = info.ValueKind == JsonValueKind.Object ? info.Dec("montant") ?? info.Dec("montant", "value") : null,
                Currency = "EUR",
                Date = info.ValueKind == JsonValueKind.Object ? info.EpochMillisDate("dateattribution") : null,
                Cpv = cpv.FirstOrDefault(),
            });
        }
        return new Notice(idweb)
        {
            Title = title,
            Published = gestion.EpochMillisDate("indexation", "datepublication"),
            SubType = nature,
            Language = "fr",
            Buyers = buyers,
            Awards = awards,
            Cpv = cpv,
        };
    }
}
