using GraphQL.Validation;
using GraphQLParser.AST;

namespace MarketGraph.Api.GraphQL.Schema;

/// <summary>
/// Refuses a mutation before anything runs unless the caller presented an API key (HTTP) or runs in-process
/// (CLI); a GET may never mutate. Read queries stay open.
/// </summary>
public sealed class MutationsRequireApiKeyRule : ValidationRuleBase
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Mutation) return default;
        var caller = (context.UserContext as MarketGraphUserContext)?.Caller;
        if (caller is { AllowMutations: false })
            context.ReportError(new ValidationError(context.Document.Source, null, "mutations must be sent with POST", context.Operation) { Code = MethodNotAllowed });
        else if (caller is not { CanWrite: true })
            context.ReportError(new ValidationError(context.Document.Source, null,
                "mutations need an API key: send it as the X-Api-Key header or as Authorization: Bearer", context.Operation) { Code = Unauthenticated });
        return default;
    }
}
