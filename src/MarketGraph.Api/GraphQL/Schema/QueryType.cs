using GraphQL;
using GraphQL.Types;
using MarketGraph.Api.GraphQL.Relay;
using MarketGraph.Api.GraphQL.Types;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Api.GraphQL.Schema;

public sealed class QueryType : ObjectGraphType
{
    public const int MaxPathHops = 6;

    public QueryType()
    {
        Name = "Query";

        Field<NonNullGraphType<EntityConnectionType>>("search")
            .Description("Accent-insensitive full-text search over entity names and aliases, best first")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<EntityKindEnum>>>("kinds", "Only these kinds")
            .ResolveAsync(async c =>
            {
                var page = c.PageOf();
                var paged = await c.Store().SearchEntitiesAsync(c.GetArgument<string>("text"), c.GetArgument<List<EntityKind>?>("kinds"), page, c.CancellationToken);
                return paged.ToConnection(page);
            })
            .FieldType.AddPagingArguments();

        Field<EntityInterface>("entity")
            .Description("One entity by id, or by exact name, alias or identifier (SIREN, VAT, LEI…)")
            .Argument<IdGraphType>("id")
            .Argument<StringGraphType>("name")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string?>("id");
                var name = c.GetArgument<string?>("name");
                if (id is null == name is null) throw new ExecutionError("give exactly one of id and name") { Code = "BAD_ARGUMENT" };
                return id is not null ? await c.Store().GetEntityAsync(id, c.CancellationToken) : await c.FindEntityAsync(name!);
            });

        Field<RelationGraphType>("relation")
            .Description("One relation by id")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await RelationByIdAsync(c, c.GetArgument<string>("id")));

        Field<NonNullGraphType<SupplyConnectionType>>("suppliers")
            .Description("Who supplies which technology to whom (SUPPLIES relations), most recently seen first")
            .Argument<StringGraphType>("technology", "Technology name as the sources give it (accent- and case-insensitive)")
            .Argument<IdGraphType>("customer", "Customer id or name")
            .Argument<IdGraphType>("supplier", "Supplier id or name")
            .Argument<DateScalar>("asOf", "Only supplies live on that date")
            .ResolveAsync(async c =>
            {
                var page = c.PageOf();
                var query = new EdgeQuery { Types = [RelationType.Supplies], AsOf = c.GetArgument<DateOnly?>("asOf") };
                if (c.GetArgument<string?>("technology") is { Length: > 0 } technology)
                    query = query with { PropEquals = new Dictionary<string, string> { ["technology"] = technology } };
                if (c.GetArgument<string?>("supplier") is { } supplier)
                {
                    var ids = await c.MatchingIdsAsync(supplier);
                    if (ids.Count == 0) return Paging.Empty<Edge>();
                    query = query with { FromIds = ids };
                }
                if (c.GetArgument<string?>("customer") is { } customer)
                {
                    var ids = await c.MatchingIdsAsync(customer);
                    if (ids.Count == 0) return Paging.Empty<Edge>();
                    query = query with { ToIds = ids };
                }
                return (await c.Store().QueryEdgesAsync(query, page, c.CancellationToken)).ToConnection(page);
            })
            .FieldType.AddPagingArguments();

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OwnershipStakeGraphType>>>>("ownership")
            .Description("Owners up the chain (OWNS_STAKE, SUBSIDIARY_OF) with each direct stake and the effective, multiplied stake")
            .Argument<NonNullGraphType<IdGraphType>>("entity", "Entity id or name")
            .Argument<IntGraphType>("depth", $"Levels up the chain (1 to {OwnershipWalk.MaxDepth})", a => a.DefaultValue = 3)
            .Argument<DateScalar>("asOf", "Only stakes live on that date")
            .ResolveAsync(async c =>
            {
                var depth = c.GetArgument("depth", 3);
                if (depth is < 1 or > OwnershipWalk.MaxDepth) throw new ExecutionError($"depth must be between 1 and {OwnershipWalk.MaxDepth}") { Code = "BAD_ARGUMENT" };
                var entity = await c.FindEntityAsync(c.GetArgument<string>("entity"));
                if (entity is null) return Array.Empty<OwnershipStake>();
                return await OwnershipWalk.RunAsync(c.Store(), entity.Id, depth, c.GetArgument<DateOnly?>("asOf"), c.CancellationToken);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathGraphType>>>>("paths")
            .Description("Shortest paths between two entities, relations walked either way")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Entity id or name")
            .Argument<NonNullGraphType<IdGraphType>>("to", "Entity id or name")
            .Argument<IntGraphType>("maxHops", $"Longest path considered (at most {MaxPathHops})", a => a.DefaultValue = 4)
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", "Only walk these relation types")
            .Argument<IntGraphType>("max", "Most paths returned (at most 20)", a => a.DefaultValue = 5)
            .ResolveAsync(async c =>
            {
                var hops = c.GetArgument("maxHops", 4);
                if (hops is < 1 or > MaxPathHops) throw new ExecutionError($"maxHops must be between 1 and {MaxPathHops}") { Code = "BAD_ARGUMENT" };
                var from = await c.FindEntityAsync(c.GetArgument<string>("from"));
                var to = await c.FindEntityAsync(c.GetArgument<string>("to"));
                if (from is null || to is null) return Array.Empty<GraphPath>();
                return await c.Store().ShortestPathsAsync(from.Id, to.Id, hops, c.GetArgument<List<RelationType>?>("types"),
                    Math.Clamp(c.GetArgument("max", 5), 1, 20), c.CancellationToken);
            });

        Field<NonNullGraphType<ContractConnectionType>>("contracts")
            .Description("Contracts awarded (AWARDED_CONTRACT), most recent first")
            .Argument<IdGraphType>("buyer", "Public buyer id or name")
            .Argument<IdGraphType>("supplier", "Supplier id or name")
            .Argument<StringGraphType>("cpv", "CPV code, exactly as the notice gives it")
            .Argument<DateScalar>("from", "Awarded on or after this date")
            .Argument<DateScalar>("to", "Awarded on or before this date")
            .ResolveAsync(async c =>
            {
                var page = c.PageOf();
                var query = new EdgeQuery { Types = [RelationType.AwardedContract], Since = c.GetArgument<DateOnly?>("from"), Until = c.GetArgument<DateOnly?>("to") };
                if (c.GetArgument<string?>("cpv") is { Length: > 0 } cpv) query = query with { PropEquals = new Dictionary<string, string> { ["cpv"] = cpv } };
                if (c.GetArgument<string?>("buyer") is { } buyer)
                {
                    var ids = await c.MatchingIdsAsync(buyer);
                    if (ids.Count == 0) return Paging.Empty<Edge>();
                    query = query with { FromIds = ids };
                }
                if (c.GetArgument<string?>("supplier") is { } supplier)
                {
                    var ids = await c.MatchingIdsAsync(supplier);
                    if (ids.Count == 0) return Paging.Empty<Edge>();
                    query = query with { ToIds = ids };
                }
                return (await c.Store().QueryEdgesAsync(query, page, c.CancellationToken)).ToConnection(page);
            })
            .FieldType.AddPagingArguments();

        Field<NonNullGraphType<DocumentConnectionType>>("documents")
            .Description("Stored documents, newest first, or best first when searching their text")
            .Argument<StringGraphType>("text", "Accent-insensitive full text over title and text")
            .Argument<StringGraphType>("source", "Crawl source name")
            .Argument<DateScalar>("publishedFrom")
            .Argument<DateScalar>("publishedTo")
            .ResolveAsync(async c =>
            {
                var page = c.PageOf();
                var query = new DocumentQuery
                {
                    Text = c.GetArgument<string?>("text"),
                    SourceName = c.GetArgument<string?>("source"),
                    PublishedFrom = c.GetArgument<DateOnly?>("publishedFrom"),
                    PublishedTo = c.GetArgument<DateOnly?>("publishedTo"),
                };
                return (await c.Store().QueryDocumentsAsync(query, page, c.CancellationToken)).ToConnection(page);
            })
            .FieldType.AddPagingArguments();

        Field<DocumentGraphType>("document")
            .Argument<NonNullGraphType<IdGraphType>>("hash")
            .ResolveAsync(async c =>
            {
                var hash = c.GetArgument<string>("hash");
                return (await c.Store().GetDocumentsAsync([hash], c.CancellationToken)).GetValueOrDefault(hash);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceGraphType>>>>("sources")
            .Description("Crawl sources (configured, or known from past runs) and the health of their latest run")
            .ResolveAsync(async c =>
            {
                var configured = await c.RequestServices!.GetRequiredService<ISourceControl>().ListAsync(c.CancellationToken);
                var runs = (await c.Store().LatestSourceRunsAsync(c.CancellationToken)).ToDictionary(r => r.SourceName, StringComparer.Ordinal);
                var names = configured.Select(s => s.Name).Concat(runs.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                var byName = configured.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                return names.Select(n => new SourceView(n, byName.GetValueOrDefault(n), runs.GetValueOrDefault(n))).ToList();
            });
    }

    /// <summary>Relation ids are "TYPE|fromId|toId".</summary>
    internal static async Task<Edge?> RelationByIdAsync(IResolveFieldContext c, string id)
    {
        var parts = id.Split('|');
        if (parts.Length != 3 || !RelationTypes.TryParse(parts[0], out var type)) return null;
        var query = new EdgeQuery { Types = [type], FromIds = [parts[1]], ToIds = [parts[2]] };
        return (await c.Store().QueryEdgesAsync(query, new Page(0, 1), c.CancellationToken)).Items.FirstOrDefault();
    }
}
