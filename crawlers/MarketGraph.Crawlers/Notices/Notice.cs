using MarketGraph.Core.Ontology;

namespace MarketGraph.Crawlers.Notices;

/// <summary>An organisation as a notice names it, with the identifiers it gives.</summary>
public sealed record NoticeParty(string Name, EntityKind Kind)
{
    public IReadOnlyDictionary<string, string> Identifiers { get; init; } = new Dictionary<string, string>();
    public string? Country { get; init; }
    /// <summary>What to look for in the notice text as evidence (the name as written, before clean-up).</summary>
    public string? Verbatim { get; init; }
}

/// <summary>One award: the winners (several for a consortium) of a lot or a contract.</summary>
public sealed record NoticeAward(IReadOnlyList<NoticeParty> Winners)
{
    public decimal? Value { get; init; }
    public string? Currency { get; init; }
    public DateOnly? Date { get; init; }
    public string? LotId { get; init; }
    public string? Title { get; init; }
    public string? Cpv { get; init; }
    /// <summary>A contract id of its own (DECP, OCDS records); else the notice id is used.</summary>
    public string? ContractId { get; init; }
    public IReadOnlyList<NoticeParty>? Buyers { get; init; }
    /// <summary>Where to start looking for the winners' names: a snippet of the text exactly as written there.</summary>
    public string? Anchor { get; init; }
    /// <summary>The notice's own page, when the source gives or implies one.</summary>
    public string? Url { get; init; }
}

/// <summary>What a notice parser reads from one notice (or one file of contract records).</summary>
public sealed record Notice(string Id)
{
    public string? Title { get; init; }
    public DateOnly? Published { get; init; }
    public string? SubType { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<NoticeParty> Buyers { get; init; } = [];
    public IReadOnlyList<NoticeAward> Awards { get; init; } = [];
    public IReadOnlyList<string> Cpv { get; init; } = [];
    public IReadOnlyList<string> Lots { get; init; } = [];
    /// <summary>A file of several notices (BOAMP open-data records): each one, so each gets its own Contract entity.</summary>
    public IReadOnlyList<Notice> Records { get; init; } = [];
}
