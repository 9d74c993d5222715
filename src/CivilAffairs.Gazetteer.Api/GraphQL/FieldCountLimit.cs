using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CivilAffairs.Gazetteer.Api.GraphQL;

/// <summary>
/// Refuses documents with more than <see cref="MaxFields"/> fields (aliases count): GraphQL.NET runs
/// sibling fields in parallel, so 3,000 aliased reverse geocodes would take every pooled database
/// connection at once and starve every other client. Depth has its own limit.
/// </summary>
internal sealed class FieldCountLimit : ValidationRuleBase
{
    public const int MaxFields = 500;

    public static FieldCountLimit Instance { get; } = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = 0;
        return ValueTask.FromResult<INodeVisitor?>(new MatchingNodeVisitor<GraphQLField>((_, validation) =>
        {
            if (++count == MaxFields + 1)
                validation.ReportError(new TooManyFieldsError(validation));
        }));
    }
}
