using System.Text.Json;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Crawlers.Notices;

/// <summary>
/// DECP contract data: v1 (2019, <c>{"marches": [...]}</c>, titulaires with denominationSociale) and v2
/// (2022+, <c>{"marches": {"marche": [...]}}</c>, <c>titulaires[].titulaire</c> with ids only). One file holds
/// many contracts; each contract's winners become claims, evidence near that contract's id.
/// </summary>
public sealed class DecpJsonParser : INoticeFormat
{
    public string Name => "DECP";
    public string MediaType => MediaTypes.Decp;

    public bool Recognises(RawContent raw)
    {
        if (raw.ContentType?.StartsWith(MediaTypes.Decp, StringComparison.OrdinalIgnoreCase) == true) return true;
        var keys = JsonSniff.TopLevelKeys(raw);
        return keys.Contains("marches") && !keys.Contains("text");
    }

    public Notice Parse(string text, string sourceName)
    {
        using var doc = JsonSniff.Parse(text, sourceName);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || root.Get("marches") is not { } marches)
            throw new InvalidInputException($"{sourceName}: not DECP data (no \"marches\")");
        var records = marches.ValueKind == JsonValueKind.Array
            ? marches.EnumerateArray().ToList()
            : marches.Get("marche").Items().Concat(marches.Get("contrat-concession").Items()).ToList();

        var awards = new List<NoticeAward>();
        var cpv = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        DateOnly? latest = null;
        foreach (var m in records)
        {
            if (m.ValueKind != JsonValueKind.Object) continue;
            var id = m.Str("id") ?? m.Str("uid") ?? m.Str("uuid");
            var code = m.Str("codeCPV")?.Split('-')[0];
            if (code is not null && !cpv.Contains(code)) cpv.Add(code);
            var date = XmlHelpers.Date(m.Str("dateNotification") ?? m.Str("dateSignature"));
            if (date > latest || latest is null) latest = date ?? latest;
            var buyerEl = m.Get("acheteur") ?? m.Get("autoriteConcedante");
            var buyerId = buyerEl?.Str("id") ?? m.Str("acheteur.id");
            var buyerName = buyerEl?.Str("nom") ?? buyerId;
            if (buyerName is null) continue;
            var buyer = new NoticeParty(buyerName, EntityKind.PublicBody) { Country = "FR", Identifiers = OrganisationIds.Classify(buyerId, "FR", "SIRET") };
            var winners = new List<NoticeParty>();
            foreach (var t in m.Get("titulaires").Items().Concat(m.Get("concessionnaires").Items()))
            {
                var el = t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().FirstOrDefault() : t;
                if (el.ValueKind != JsonValueKind.Object) continue;
                var inner = el.Get("titulaire") ?? el.Get("concessionnaire") ?? el;
                var wid = inner.Str("id");
                var name = inner.Str("denominationSociale") ?? wid;
                if (name is null) continue;
                winners.Add(new NoticeParty(PartyNames.Clean(name), EntityKind.Organization)
                {
                    Verbatim = inner.Str("denominationSociale") is not null ? name : null,
                    Country = "FR",
                    Identifiers = OrganisationIds.Classify(wid, "FR", inner.Str("typeIdentifiant")),
                });
            }
            if (winners.Count == 0) continue;
            // the same record twice in a feed (seen in real data) is one contract
            if (id is not null && !seen.Add(id + "|" + buyerName)) continue;
            awards.Add(new NoticeAward(winners)
            {
                ContractId = id,
                Buyers = [buyer],
                Value = m.Dec("montant") ?? m.Dec("valeurGlobale"),
                Currency = "EUR",
                Date = date,
                Title = m.Str("objet"),
                Cpv = code,
                Anchor = id is null ? null : $"\"{id}\"",
            });
        }
        return new Notice(Path.GetFileNameWithoutExtension(sourceName) is { Length: > 0 } f ? "decp:" + f : "decp")
        {
            Title = $"DECP: {awards.Count} contracts",
            Published = latest,
            SubType = marches.ValueKind == JsonValueKind.Array ? "v1" : "v2",
            Language = "fr",
            Buyers = awards.SelectMany(a => a.Buyers!).DistinctBy(b => b.Name).ToList(),
            Awards = awards,
            Cpv = cpv,
        };
    }
}
