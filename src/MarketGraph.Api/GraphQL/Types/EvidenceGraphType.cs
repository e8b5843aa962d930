using GraphQL.Types;
using MarketGraph.Core.Graph;

namespace MarketGraph.Api.GraphQL.Types;

public sealed class EvidenceGraphType : ObjectGraphType<StoredClaim>
{
    public EvidenceGraphType()
    {
        Name = "Evidence";
        Description = "One claim behind a relation: the verbatim quote, its document, the extractor and the review status.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The claim id (confirmClaim / rejectClaim take it)").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("quote").Resolve(c => c.Source.Evidence.Quote);
        Field<NonNullGraphType<IntGraphType>>("start").Description("UTF-16 offset of the quote in the document text").Resolve(c => c.Source.Evidence.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.Evidence.End);
        Field<DocumentGraphType>("document").Resolve(c => c.Loaders().Document(c.Source.DocumentHash));
        Field<NonNullGraphType<StringGraphType>>("extractor").Description("name/version").Resolve(c => c.Source.Extractor.ToString());
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<ReviewStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<RelationTypeEnum>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<JsonScalar>>("properties").Resolve(c => c.Source.Props);
        Field<NonNullGraphType<IdGraphType>>("relationId").Resolve(c => c.Source.EdgeId);
        Field<EntityInterface>("subject").Resolve(c => c.Loaders().Entity(c.Source.SubjectId));
        Field<EntityInterface>("object").Resolve(c => c.Loaders().Entity(c.Source.ObjectId));
    }
}
