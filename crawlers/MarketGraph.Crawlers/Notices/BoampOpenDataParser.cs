using System.Text.Json;
using System.Text.RegularExpressions;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Crawlers.Notices;

/// <summary>
/// BOAMP notices as flat records of the opendatasoft dataset <c>boamp</c> (Explore API v2.1): the
/// <c>exports/json</c> answer (a JSON array of records) or the <c>records</c> answer
/// (<c>{"total_count": N, "results": [...]}</c>). One notice per record, all in one document; award records
/// (nature ATTRIBUTION) name their winners in <c>titulaire</c>. The <c>gestion</c>/<c>donnees</c> JSON strings
/// are not read: their layout is not verified.
/// </summary>
public sealed partial class BoampOpenDataParser : INoticeFormat
{
    public const string OpenDataMediaType = "application/vnd.boamp.opendata+json";
    public const string NoticePageBase = "https://www.boamp.fr/pages/avis/?q=idweb:";

    public string Name => "BOAMP open data";
    public string MediaType => OpenDataMediaType;

    public bool Recognises(RawContent raw)
    {
        if (raw.ContentType?.StartsWith(OpenDataMediaType, StringComparison.OrdinalIgnoreCase) == true) return true;
        var keys = JsonSniff.FirstRecordKeys(raw);
        return keys.Contains("idweb") && (keys.Contains("nomacheteur") || keys.Contains("dateparution"));
    }

    public Notice Parse(string text, string sourceName)
    {
        using var doc = JsonSniff.Parse(text, sourceName);
        var root = doc.RootElement;
        var list = root.ValueKind == JsonValueKind.Array ? root : root.Get("results");
        if (list is not { ValueKind: JsonValueKind.Array } records)
            throw new InvalidInputException($"{sourceName}: not BOAMP open-data records (expected a JSON array or {{\"results\": [...]}})");

        var notices = new List<Notice>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records.EnumerateArray())
        {
            if (record.ValueKind != JsonValueKind.Object) continue;
            if (ReadRecord(record, text) is { } notice && seen.Add(notice.Id)) notices.Add(notice);
        }
        if (notices.Count == 0 && records.GetArrayLength() > 0)
            throw new InvalidInputException($"{sourceName}: none of the {records.GetArrayLength()} BOAMP records has an idweb");

        var awards = notices.SelectMany(n => n.Awards).ToList();
        return new Notice(notices.Count == 1 ? notices[0].Id : "boamp-opendata")
        {
            Title = notices.Count == 1 ? notices[0].Title : $"BOAMP open data: {notices.Count} notices, {awards.Count} awards",
            Published = notices.Select(n => n.Published).Max(),
            SubType = "opendata-records",
            Language = "fr",
            Buyers = notices.SelectMany(n => n.Buyers).DistinctBy(b => b.Name).ToList(),
            Awards = awards,
            Cpv = notices.SelectMany(n => n.Cpv).Distinct().ToList(),
            Records = notices,
        };
    }

    private static Notice? ReadRecord(JsonElement r, string text)
    {
        var idweb = r.Str("idweb") ?? r.Str("id");
        if (idweb is null) return null;
        var title = r.Str("objet");
        var published = XmlHelpers.Date(r.Str("dateparution"));
        var url = r.Str("url_avis") is { } u && Uri.TryCreate(u, UriKind.Absolute, out _) ? u : NoticePageBase + Uri.EscapeDataString(idweb);
        var cpv = Strings(r.Get("descripteur_code")).Select(CpvCode).OfType<string>().Distinct().ToList();
        var buyers = new List<NoticeParty>();
        if (r.Str("nomacheteur") is { } buyerName) buyers.Add(new NoticeParty(buyerName, EntityKind.PublicBody) { Country = "FR" });

        var awards = new List<NoticeAward>();
        var winners = WinnerNames(r.Get("titulaire"))
            .Select(name => new NoticeParty(PartyNames.Clean(name), EntityKind.Organization) { Verbatim = name, Country = "FR" })
            .Where(w => w.Name.Length > 0).DistinctBy(w => w.Name).ToList();
        if (IsAward(r) && winners.Count > 0 && buyers.Count > 0)
        {
            awards.Add(new NoticeAward(winners)
            {
                ContractId = idweb,
                Buyers = buyers,
                Date = published,
                Title = title,
                Cpv = cpv.FirstOrDefault(),
                Url = url,
                Anchor = IdwebAnchor(text, idweb),
            });
        }
        return new Notice(idweb)
        {
            Title = title,
            Published = published,
            SubType = r.Str("nature"),
            Language = "fr",
            Buyers = buyers,
            Awards = awards,
            Cpv = cpv,
        };
    }

    /// <summary>Award notices: nature ATTRIBUTION, or a categorised nature naming an attribution.</summary>
    private static bool IsAward(JsonElement r) =>
        Strings(r.Get("nature")).Any(n => n.Equals("ATTRIBUTION", StringComparison.OrdinalIgnoreCase))
        || Strings(r.Get("nature_categorise")).Any(n => n.Contains("attribution", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// <c>titulaire</c> is a string or an array of strings. Names are split on ";" and line breaks only: a comma
    /// is part of many company names ("Dupont, Durand et associés").
    /// </summary>
    public static IEnumerable<string> WinnerNames(JsonElement? titulaire) =>
        Strings(titulaire).SelectMany(s => s.Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>BOAMP descriptors are the bulletin's own codes (e.g. "162"), not CPV: only an 8-digit CPV-shaped code counts.</summary>
    public static string? CpvCode(string code) => CpvShape().IsMatch(code.Trim()) ? code.Trim()[..8] : null;

    private static IEnumerable<string> Strings(JsonElement? e)
    {
        foreach (var item in e.Items().Concat(e is { ValueKind: JsonValueKind.String or JsonValueKind.Number } v ? [v] : []))
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s) yield return s;
            else if (item.ValueKind == JsonValueKind.Number) yield return item.GetRawText();
        }
    }

    /// <summary>The record's <c>"idweb"</c> member as written (compact or pretty-printed), so evidence is sought inside that record.</summary>
    private static string? IdwebAnchor(string text, string idweb)
    {
        var value = JsonSerializer.Serialize(idweb, Core.Text.JsonDefaults.Relaxed);
        foreach (var candidate in new[] { $"\"idweb\":{value}", $"\"idweb\": {value}" })
        {
            if (text.Contains(candidate, StringComparison.Ordinal)) return candidate;
        }
        return null;
    }

    [GeneratedRegex(@"^[0-9]{8}(-[0-9])?$")]
    private static partial Regex CpvShape();
}
