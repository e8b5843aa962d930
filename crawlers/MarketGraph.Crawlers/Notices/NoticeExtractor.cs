using System.Globalization;
using System.Text.Json;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;

namespace MarketGraph.Crawlers.Notices;

/// <summary>
/// AWARDED_CONTRACT claims (each buyer → each winner) from a parsed notice. Evidence is the winner's name as
/// written in the notice text; a winner of several lots gets one claim with the lots' values summed.
/// </summary>
public sealed class NoticeExtractor(INoticeFormat format) : IClaimExtractor
{
    public const double Confidence = 0.95;

    public ExtractorInfo Info { get; } = new("notice-" + format.Name.ToLowerInvariant().Replace(' ', '-'), "1.0");

    public bool CanExtract(Document document) => document.MediaType == format.MediaType;

    public Extraction Extract(Document document, CancellationToken cancellationToken = default)
    {
        var text = document.Text;
        var notice = format.Parse(text, document.Url ?? document.Title ?? "notice");
        var entities = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        var claims = new List<Claim>();
        var isJson = format.MediaType.EndsWith("json", StringComparison.Ordinal);

        EntityMention Mention(NoticeParty p)
        {
            var m = new EntityMention(p.Name, p.Kind) { Identifiers = p.Identifiers, Country = p.Country };
            var key = p.Kind + "|" + m.Key;
            if (entities.TryGetValue(key, out var known))
            {
                if (known.Identifiers.Count >= m.Identifiers.Count) return known;
            }
            entities[key] = m;
            return m;
        }

        // group awards by (contract, buyer, winner) so several lots won by one supplier make one claim
        var groups = new Dictionary<string, (NoticeParty Buyer, NoticeParty Winner, List<NoticeAward> Awards)>(StringComparer.Ordinal);
        foreach (var award in notice.Awards)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var buyers = award.Buyers ?? notice.Buyers;
            foreach (var buyer in buyers)
            {
                foreach (var winner in award.Winners)
                {
                    var key = $"{award.ContractId}|{buyer.Kind}|{EntityKey.Normalise(buyer.Name)}|{EntityKey.Normalise(winner.Name)}";
                    if (!groups.TryGetValue(key, out var g)) groups[key] = g = (buyer, winner, []);
                    g.Awards.Add(award);
                }
            }
        }

        foreach (var (buyer, winner, awards) in groups.Values)
        {
            var first = awards[0];
            // an anchor is a snippet of the notice text as written (already escaped): searched as is
            var anchor = first.Anchor is null ? -1 : text.IndexOf(first.Anchor, StringComparison.Ordinal);
            var evidence = Locate(text, winner, isJson, anchor >= 0 ? anchor : 0)
                ?? Locate(text, winner, isJson, 0)
                ?? LocateAny(text, [first.ContractId, notice.Id], isJson)
                ?? Evidence.FromSpan(text, 0, Math.Min(text.Length, 1));

            // in a file of several notices, an award's defaults come from its own notice, not the file
            var own = notice.Records.FirstOrDefault(r => r.Awards.Any(a => ReferenceEquals(a, first))) ?? notice;
            var currencies = awards.Where(a => a.Value is not null).Select(a => a.Currency).Distinct().ToList();
            decimal? value = currencies.Count == 1 ? awards.Sum(a => a.Value ?? 0) : null;
            var date = awards.Select(a => a.Date).Where(d => d is not null).Min() ?? own.Published;
            var cpv = first.Cpv ?? own.Cpv.FirstOrDefault();
            var lots = awards.Select(a => a.LotId).Where(l => l is not null).Distinct().ToList();
            var props = ClaimProps.Of(
                ("subject", first.Title ?? own.Title),
                ("value", value),
                ("currency", value is null ? null : currencies[0]),
                ("date", date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("contractId", first.ContractId ?? own.Id),
                ("cpv", cpv),
                ("lots", lots.Count > 0 ? string.Join(",", lots) : null),
                ("noticeSubtype", own.SubType),
                ("noticeUrl", first.Url));
            claims.Add(new Claim(RelationType.AwardedContract, Mention(buyer), Mention(winner), props, evidence, Info, Confidence));
        }

        foreach (var buyer in notice.Buyers) Mention(buyer);
        var all = entities.Values.ToList();
        foreach (var record in notice.Records.Count > 0 ? notice.Records : [notice]) all.Add(ContractEntity(record));
        return new Extraction(all, claims);
    }

    private static EntityMention ContractEntity(Notice notice)
    {
        var name = notice.Title is { Length: > 0 } title ? $"{notice.Id} {title}" : notice.Id;
        if (name.Length > 200) name = name[..200];
        return new EntityMention(name, EntityKind.Contract)
        {
            Identifiers = new Dictionary<string, string> { ["notice-id"] = notice.Id },
        };
    }

    private static Evidence? Locate(string text, NoticeParty party, bool isJson, int from)
    {
        foreach (var candidate in new[] { party.Verbatim, party.Name })
        {
            if (string.IsNullOrEmpty(candidate)) continue;
            var needle = Encode(candidate, isJson);
            var at = text.IndexOf(needle, from, StringComparison.Ordinal);
            if (at >= 0) return Evidence.FromSpan(text, at, at + needle.Length);
        }
        foreach (var id in party.Identifiers.Values)
        {
            var bare = id.Contains(':') ? id[(id.IndexOf(':') + 1)..] : id;
            var at = text.IndexOf(bare, from, StringComparison.Ordinal);
            if (at >= 0) return Evidence.FromSpan(text, at, at + bare.Length);
        }
        return null;
    }

    private static Evidence? LocateAny(string text, IEnumerable<string?> needles, bool isJson)
    {
        foreach (var n in needles)
        {
            if (string.IsNullOrEmpty(n)) continue;
            var needle = Encode(n, isJson);
            var at = text.IndexOf(needle, StringComparison.Ordinal);
            if (at >= 0) return Evidence.FromSpan(text, at, at + needle.Length);
        }
        return null;
    }

    private static string Encode(string value, bool isJson)
    {
        if (!isJson) return value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
        var json = JsonSerializer.Serialize(value, Core.Text.JsonDefaults.Relaxed);
        return json[1..^1];
    }
}
