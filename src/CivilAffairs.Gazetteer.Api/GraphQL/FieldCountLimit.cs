using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace CivilAffairs.Gazetteer.Api.GraphQL;

/// <summary>
/// Refuses documents with more than <see cref="MaxFields"/> fields (aliases count) before they are
/// validated or run. Running: GraphQL.NET runs sibling fields in parallel, so 3,000 aliased reverse
/// geocodes would take every pooled database connection at once and starve every other client.
/// Validating: its overlapping-fields rule compares every pair of same-named siblings, so 18,000
/// <c>__typename</c> took minutes of a core. Depth has its own limit.
/// </summary>
internal static class FieldCountLimit
{
    public const int MaxFields = 500;

    /// <summary>
    /// The parsed document, or the refusal when it asks for too many fields. A document that does not
    /// parse gives neither: the executer parses it again and reports the syntax error as usual.
    /// </summary>
    public static (GraphQLDocument? Document, ExecutionError? Refusal) Check(string query)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLParserException)
        {
            return (null, null);
        }
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            var selections = definition switch
            {
                GraphQLOperationDefinition operation => operation.SelectionSet,
                GraphQLFragmentDefinition fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selections is not null && (count += FieldsIn(selections, MaxFields - count)) > MaxFields)
                return (null, new LimitExceededError(
                    $"The document asks for more than {MaxFields} fields (aliases included). Split it into several requests, or use geocodeBatch for many addresses."));
        }
        return (document, null);
    }

    /// <summary>The fields of a selection set and those nested in it, counted until <paramref name="budget"/> is passed.</summary>
    private static int FieldsIn(GraphQLSelectionSet selectionSet, int budget)
    {
        var count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            if (count > budget)
                break;
            switch (selection)
            {
                case GraphQLField field:
                    count++;
                    if (field.SelectionSet is { } nested)
                        count += FieldsIn(nested, budget - count);
                    break;
                case GraphQLInlineFragment inline:
                    count += FieldsIn(inline.SelectionSet, budget - count);
                    break;
            }
        }
        return count;
    }
}
