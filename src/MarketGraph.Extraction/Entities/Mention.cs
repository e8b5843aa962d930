using MarketGraph.Core.Entities;

namespace MarketGraph.Extraction.Entities;

public enum MentionSource
{
    Reference,
    Pattern,
    Acronym,
    Coreference,
}

/// <summary>An entity named at [Start, End) of the document text.</summary>
public sealed record Mention(int Start, int End, EntityMention Entity, MentionSource Source)
{
    public int Length => End - Start;
}
