using GraphQL.Validation;
using GraphQLParser.AST;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

/// <summary>Refuses operations other than queries on GET requests (GraphQL over HTTP §6.1).</summary>
internal sealed class QueriesOnlyOverGet : ValidationRuleBase
{
    public static QueriesOnlyOverGet Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
            context.ReportError(new MutationOverGetError(context.Document.Source, context.Operation));
        return ValueTask.FromResult<INodeVisitor?>(null);
    }
}
