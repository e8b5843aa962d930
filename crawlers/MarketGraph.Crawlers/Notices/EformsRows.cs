using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Crawlers.Notices;

/// <summary>What one pass over an eForms notice collects, joined into a <see cref="Notice"/> at the end.</summary>
internal sealed class EformsRows
{
    internal sealed class Project
    {
        public string? Name;
        public bool SeenMain;
        public string? FirstMainCode;
        public readonly List<string> MainCodes = [];
        public readonly List<string> AdditionalCodes = [];
    }

    internal sealed record Org(string Name, Dictionary<string, string> Identifiers, string? Country);
    internal sealed record LotRow(string? Id, Project? Project);
    internal sealed record LotResultRow(string? Code, string? Lot, List<string> Tenders);

    public string? RootId, IssueDate, Language, SubType, PublicationId, PublicationDate;
    public Project? RootProject;
    public readonly List<string?> BuyerIds = [];
    public readonly List<LotRow> Lots = [];
    public readonly Dictionary<string, Org> Orgs = new(StringComparer.Ordinal);
    public readonly Dictionary<string, List<string>> Parties = new(StringComparer.Ordinal);
    public readonly Dictionary<string, (string? Party, decimal? Value, string? Currency, string? Lot)> Tenders = new(StringComparer.Ordinal);
    public readonly Dictionary<string, DateOnly?> ContractDates = new(StringComparer.Ordinal);
    public readonly List<LotResultRow> LotResults = [];

    public Notice Build(string sourceName)
    {
        var noticeId = PublicationId ?? RootId ?? throw new InvalidInputException($"{sourceName}: eForms notice without an ID");

        var lotInfo = new Dictionary<string, (string? Title, string? Cpv)>(StringComparer.Ordinal);
        foreach (var lot in Lots) lotInfo.TryAdd(lot.Id ?? "", (lot.Project?.Name, lot.Project?.FirstMainCode));

        var awards = new List<NoticeAward>();
        foreach (var lr in LotResults)
        {
            if (lr.Code is not null && lr.Code != "selec-w") continue;
            foreach (var tenderId in lr.Tenders)
            {
                if (!Tenders.TryGetValue(tenderId, out var tender) || tender.Party is null || !Parties.TryGetValue(tender.Party, out var members)) continue;
                var winners = members.Where(Orgs.ContainsKey).Select(m => Party(m, EntityKind.Organization)).ToList();
                if (winners.Count == 0) continue;
                var lotId = lr.Lot ?? tender.Lot;
                var info = lotId is not null && lotInfo.TryGetValue(lotId, out var li) ? li : default;
                awards.Add(new NoticeAward(winners)
                {
                    Value = tender.Value,
                    Currency = tender.Currency,
                    LotId = lotId,
                    Title = info.Title,
                    Cpv = info.Cpv,
                    Date = ContractDates.GetValueOrDefault(tenderId),
                });
            }
        }

        var cpv = new List<string>();
        foreach (var p in Lots.Select(l => l.Project).Prepend(RootProject))
        {
            if (p is null) continue;
            foreach (var code in p.MainCodes.Concat(p.AdditionalCodes))
            {
                if (!cpv.Contains(code)) cpv.Add(code);
            }
        }

        return new Notice(noticeId)
        {
            Title = RootProject?.Name,
            Published = XmlHelpers.Date(PublicationDate) ?? XmlHelpers.Date(IssueDate),
            SubType = SubType,
            Language = TedEformsParser.Iso639(Language),
            Buyers = BuyerIds.Where(id => id is not null && Orgs.ContainsKey(id)).Select(id => Party(id!, EntityKind.PublicBody)).ToList(),
            Awards = awards,
            Cpv = cpv,
            Lots = Lots.Select(l => l.Id).OfType<string>().ToList(),
        };
    }

    // a copy of the identifiers per party, so no two parties share a mutable dictionary
    private NoticeParty Party(string id, EntityKind kind)
    {
        var org = Orgs[id];
        return new NoticeParty(org.Name, kind) { Identifiers = new Dictionary<string, string>(org.Identifiers, StringComparer.Ordinal), Country = org.Country };
    }
}
