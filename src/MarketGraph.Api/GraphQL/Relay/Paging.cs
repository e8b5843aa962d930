using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using MarketGraph.Core.Graph;
using Microsoft.Extensions.Options;

namespace MarketGraph.Api.GraphQL.Relay;

/// <summary>first/after arguments to a store <see cref="Page"/>, and a store page back to a Relay connection.</summary>
public static class Paging
{
    public static void AddPagingArguments(this FieldType field)
    {
        field.Arguments ??= new QueryArguments();
        field.Arguments.Add(new QueryArgument<IntGraphType> { Name = "first", Description = "Page size (at most GraphQL:MaxPageSize)" });
        field.Arguments.Add(new QueryArgument<StringGraphType> { Name = "after", Description = "Cursor of the last item of the previous page" });
    }

    public static Page PageOf(this IResolveFieldContext context)
    {
        var options = context.RequestServices!.GetRequiredService<IOptions<GraphQLOptions>>().Value;
        var first = context.GetArgument<int?>("first") ?? options.DefaultPageSize;
        if (first < 0 || first > options.MaxPageSize)
            throw new ExecutionError($"first must be between 0 and {options.MaxPageSize}") { Code = "PAGE_SIZE" };
        return new Page(Cursors.After(context.GetArgument<string?>("after")), first);
    }

    public static Connection<T> ToConnection<T>(this Paged<T> paged, Page page) => ToConnection(paged.Items, paged.TotalCount, page);

    public static Connection<T> ToConnection<T>(IReadOnlyList<T> items, int totalCount, Page page)
    {
        var edges = items.Select((item, i) => new Edge<T> { Node = item, Cursor = Cursors.For(page.Offset + i) }).ToList();
        return new Connection<T>
        {
            TotalCount = totalCount,
            Edges = edges,
            PageInfo = new PageInfo
            {
                HasPreviousPage = page.Offset > 0,
                HasNextPage = page.Offset + items.Count < totalCount,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }

    public static Connection<T> Empty<T>() => ToConnection<T>([], 0, new Page());
}
