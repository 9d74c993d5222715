using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using GraphQLParser.AST;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

/// <summary>
/// The schema has no Subscription type; GraphQL.NET throws on a subscription operation instead of
/// reporting it, which answered INTERNAL. Asked for, it is refused with what to use instead.
/// </summary>
internal static class Subscriptions
{
    public static BadUserInputError Refusal =>
        new("This service has no subscriptions. To follow changes, page through changes(since: <cursor>) and ask again with the last cursor.");

    /// <summary>Whether the operation the request runs (the named one, or the only one) is a subscription.</summary>
    public static bool Asked(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return chosen?.Operation == OperationType.Subscription;
    }
}
