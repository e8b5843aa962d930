using System.Text.Json;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Crawlers.Notices;

/// <summary>OCDS 1.1 release packages: buyer (or parties with role buyer) → each award's suppliers, resolved through parties.</summary>
public sealed class OcdsReleaseParser : INoticeFormat
{
    public string Name => "OCDS";
    public string MediaType => MediaTypes.Ocds;

    public bool Recognises(RawContent raw)
    {
        if (raw.ContentType?.StartsWith(MediaTypes.Ocds, StringComparison.OrdinalIgnoreCase) == true) return true;
        var keys = JsonSniff.TopLevelKeys(raw);
        return keys.Contains("releases") && (keys.Contains("uri") || keys.Contains("version") || keys.Contains("publishedDate"));
    }

    public Notice Parse(string text, string sourceName)
    {
        using var doc = JsonSniff.Parse(text, sourceName);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || root.Get("releases") is not { ValueKind: JsonValueKind.Array } releases)
            throw new InvalidInputException($"{sourceName}: not an OCDS release package (no \"releases\" array)");
        var awards = new List<NoticeAward>();
        var cpv = new List<string>();
        string? firstOcid = null, firstTitle = null;
        foreach (var r in releases.EnumerateArray())
        {
            if (r.ValueKind != JsonValueKind.Object) continue;
            var ocid = r.Str("ocid");
            firstOcid ??= ocid;
            var parties = r.Get("parties").Items().Where(p => p.Str("id") is not null).GroupBy(p => p.Str("id")!).ToDictionary(g => g.Key, g => g.First());
            NoticeParty? Party(JsonElement? reference, EntityKind kind)
            {
                if (reference is not { } el) return null;
                var pid = el.Str("id");
                var party = pid is not null && parties.TryGetValue(pid, out var p) ? p : el;
                var name = party.Str("name") ?? el.Str("name") ?? party.Str("identifier", "legalName");
                if (name is null) return null;
                var country = party.Str("address", "countryName");
                var scheme = party.Str("identifier", "scheme");
                var idValue = party.Str("identifier", "id");
                var ids = OrganisationIds.Classify(idValue, scheme == "FR-RCS" ? "FR" : null, scheme == "FR-RCS" ? "SIRET" : null);
                if (idValue is not null && ids.Count == 0) ids[Core.Entities.IdentifierSchemes.NationalId] = $"{scheme}:{idValue}";
                return new NoticeParty(name, kind) { Identifiers = ids, Country = country };
            }
            var buyers = new List<NoticeParty>();
            if (Party(r.Get("buyer"), EntityKind.PublicBody) is { } b) buyers.Add(b);
            else buyers.AddRange(parties.Values.Where(p => p.Get("roles").Items().Any(x => x.ValueKind == JsonValueKind.String && x.GetString() == "buyer"))
                .Select(p => Party(p, EntityKind.PublicBody)).OfType<NoticeParty>());
            var title = r.Str("tender", "title");
            firstTitle ??= title;
            var items = r.Get("tender", "items").Items().Concat(r.Get("awards").Items().SelectMany(a => a.Get("items").Items()));
            var releaseCpv = items.Select(i => i.Get("classification")).Where(c => c is { } x && (x.Str("scheme") ?? "").Equals("CPV", StringComparison.OrdinalIgnoreCase))
                .Select(c => c!.Value.Str("id")?.Split('-')[0]).OfType<string>().Distinct().ToList();
            foreach (var c in releaseCpv) if (!cpv.Contains(c)) cpv.Add(c);
            foreach (var a in r.Get("awards").Items())
            {
                var status = a.Str("status");
                if (status is "pending" or "cancelled" or "unsuccessful") continue;
                var winners = a.Get("suppliers").Items().Select(s => Party(s, EntityKind.Organization)).OfType<NoticeParty>().ToList();
                if (winners.Count == 0 || buyers.Count == 0) continue;
                awards.Add(new NoticeAward(winners)
                {
                    Buyers = buyers,
                    ContractId = a.Str("id") is { } aid ? $"{ocid}/{aid}" : ocid,
                    Value = a.Dec("value", "amount"),
                    Currency = a.Str("value", "currency"),
                    Date = XmlHelpers.Date(a.Str("date") ?? r.Str("date")),
                    Title = a.Str("title") ?? title,
                    Cpv = releaseCpv.FirstOrDefault(),
                    Anchor = a.Str("id") is { } anchor ? $"\"{anchor}\"" : null,
                });
            }
        }
        return new Notice(firstOcid ?? root.Str("uri") ?? "ocds")
        {
            Title = firstTitle,
            Published = XmlHelpers.Date(root.Str("publishedDate")),
            SubType = "release-package",
            Buyers = awards.SelectMany(a => a.Buyers!).DistinctBy(b => b.Name).ToList(),
            Awards = awards,
            Cpv = cpv,
        };
    }
}
