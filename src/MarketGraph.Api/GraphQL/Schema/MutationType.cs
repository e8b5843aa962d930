using GraphQL;
using GraphQL.Types;
using MarketGraph.Api.GraphQL.Types;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Graph;

namespace MarketGraph.Api.GraphQL.Schema;

/// <summary>Analysts' and operators' changes. <see cref="MutationsRequireApiKeyRule"/> keeps them behind an API key.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";

        Field<NonNullGraphType<EvidenceGraphType>>("confirmClaim")
            .Description("Marks a claim confirmed by an analyst")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Claim id (Evidence.id)")
            .ResolveAsync(async c => await SetStatusAsync(c, ReviewStatus.Confirmed));

        Field<NonNullGraphType<EvidenceGraphType>>("rejectClaim")
            .Description("Rejects a claim; the rejection survives re-crawls and re-extraction, and a relation with no live claim left disappears")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Claim id (Evidence.id)")
            .ResolveAsync(async c => await SetStatusAsync(c, ReviewStatus.Rejected));

        Field<NonNullGraphType<MergeRecordGraphType>>("mergeEntities")
            .Description("Folds one entity into another (claims, aliases, identifiers); recorded, undo with splitEntity")
            .Argument<NonNullGraphType<IdGraphType>>("keep", "Id of the entity that stays")
            .Argument<NonNullGraphType<IdGraphType>>("merge", "Id of the entity folded into it")
            .ResolveAsync(async c =>
            {
                var time = c.RequestServices!.GetRequiredService<TimeProvider>();
                try
                {
                    return await c.Store().MergeEntitiesAsync(c.GetArgument<string>("keep"), c.GetArgument<string>("merge"), time.GetUtcNow(), c.CancellationToken);
                }
                catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or ArgumentException)
                {
                    throw new ExecutionError(e.Message) { Code = e is KeyNotFoundException ? "NOT_FOUND" : "BAD_ARGUMENT" };
                }
            });

        Field<NonNullGraphType<BooleanGraphType>>("splitEntity")
            .Description("Undoes a recorded merge exactly; false when the record does not exist or was already undone")
            .Argument<NonNullGraphType<IdGraphType>>("mergeId", "MergeRecord.id")
            .ResolveAsync(async c => await c.Store().SplitEntityAsync(c.GetArgument<string>("mergeId"), c.CancellationToken));

        Field<NonNullGraphType<SourceCommandResultGraphType>>("addSource")
            .Description("Adds a source to the crawl catalogue")
            .Argument<NonNullGraphType<SourceInputGraphType>>("source")
            .ResolveAsync(async c => await Sources(c).AddSourceAsync(c.GetArgument<SourceDefinition>("source"), c.CancellationToken));

        Field<NonNullGraphType<SourceCommandResultGraphType>>("crawlNow")
            .Description("Crawls the named sources now (all when none is named)")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("sources")
            .ResolveAsync(async c => await Sources(c).CrawlNowAsync(c.GetArgument<List<string>?>("sources") ?? [], c.CancellationToken));
    }

    private static ISourceControl Sources(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<ISourceControl>();

    private static async Task<StoredClaim> SetStatusAsync(IResolveFieldContext c, ReviewStatus status)
    {
        var id = c.GetArgument<string>("id");
        return await c.Store().SetClaimStatusAsync(id, status, c.CancellationToken)
               ?? throw new ExecutionError($"no claim '{id}'") { Code = "NOT_FOUND" };
    }
}
