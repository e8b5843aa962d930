using GraphQL.Types;
using MarketGraph.Core.Graph;

namespace MarketGraph.Api.GraphQL.Types;

public sealed class DocumentGraphType : ObjectGraphType<DocumentInfo>
{
    public DocumentGraphType()
    {
        Name = "Document";
        Description = "A fetched article or notice, stored once per content hash.";
        Field<NonNullGraphType<IdGraphType>>("hash").Description("SHA-256 of the raw content").Resolve(c => c.Source.ContentHash);
        Field<StringGraphType>("url").Resolve(c => c.Source.Url);
        Field<StringGraphType>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("publisher").Resolve(c => c.Source.Publisher);
        Field<DateScalar>("published").Resolve(c => c.Source.Published);
        Field<StringGraphType>("language").Resolve(c => c.Source.Language);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("fetchedAt").Resolve(c => c.Source.FetchedAt);
        Field<NonNullGraphType<StringGraphType>>("mediaType").Resolve(c => c.Source.MediaType);
        Field<StringGraphType>("source").Description("The crawl source it came from").Resolve(c => c.Source.SourceName);
        Field<NonNullGraphType<IntGraphType>>("claimCount").Resolve(c => c.Source.ClaimCount);
        Field<StringGraphType>("text").Description("The extracted plain text (can be long)")
            .ResolveAsync(async c => await c.Store().GetDocumentTextAsync(c.Source.ContentHash, c.CancellationToken));
    }
}
