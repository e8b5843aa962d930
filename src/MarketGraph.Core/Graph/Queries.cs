using MarketGraph.Core.Ontology;

namespace MarketGraph.Core.Graph;

public enum Direction
{
    Outgoing,
    Incoming,
    Both,
}

/// <summary>Offset paging; the API turns it into Relay cursors.</summary>
public sealed record Page(int Offset = 0, int Limit = 50)
{
    public const int MaxLimit = 1000;
    public static readonly Page All = new(0, int.MaxValue);
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int TotalCount);

/// <summary>
/// Which edges to list. Every filter is optional; null means "any".
/// <see cref="EntityIds"/> with <see cref="Direction"/>: edges leaving (Outgoing), entering (Incoming)
/// or touching (Both) any of those entities. <see cref="AsOf"/>: edges first seen on or before that date
/// and not reported as ended before it. <see cref="Since"/>/<see cref="Until"/>: edges seen in that window.
/// <see cref="PropEquals"/>: property values compared after <see cref="Entities.EntityKey"/> normalisation.
/// </summary>
public sealed record EdgeQuery
{
    public IReadOnlyCollection<RelationType>? Types { get; init; }
    public IReadOnlyCollection<string>? EntityIds { get; init; }
    public Direction Direction { get; init; } = Direction.Both;
    public IReadOnlyCollection<string>? FromIds { get; init; }
    public IReadOnlyCollection<string>? ToIds { get; init; }
    public DateOnly? AsOf { get; init; }
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }
    public IReadOnlyDictionary<string, string>? PropEquals { get; init; }
    public double MinConfidence { get; init; }
}

public sealed record DocumentQuery
{
    /// <summary>Full-text over title and text (accent-insensitive); null lists all, newest first.</summary>
    public string? Text { get; init; }
    public string? SourceName { get; init; }
    public DateOnly? PublishedFrom { get; init; }
    public DateOnly? PublishedTo { get; init; }
}

/// <summary>A path: entities in order, and the edges between consecutive ones (Edges.Count == EntityIds.Count - 1).</summary>
public sealed record GraphPath(IReadOnlyList<string> EntityIds, IReadOnlyList<Edge> Edges);

public sealed record Subgraph(IReadOnlyList<Entities.Entity> Entities, IReadOnlyList<Edge> Edges);

public sealed record GraphCounts(int Documents, int Entities, int Edges, int Claims);

/// <summary>The outcome of ingesting one document.</summary>
public sealed record IngestResult(string ContentHash, bool AlreadyStored, int EntitiesCreated, int ClaimsStored, int ClaimsRejected);

/// <summary>A recorded merge: <see cref="MergedId"/> was folded into <see cref="KeptId"/>; undo with SplitEntity.</summary>
public sealed record MergeRecord(string Id, string KeptId, string MergedId, DateTimeOffset At);
