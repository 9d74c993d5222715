using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

/// <summary>A mutation sent with GET, which must not change anything; answered with 405.</summary>
internal sealed class MutationOverGetError(ROM source, GraphQLOperationDefinition operation) : ValidationError(
    source,
    null,
    $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET: GET only reads. Send it with POST.",
    operation);
