using GraphQL;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>A write the token's role or jurisdiction does not allow.</summary>
internal sealed class ForbiddenError : ExecutionError
{
    public ForbiddenError(string message) : base(message) => Code = ErrorCodes.Forbidden;
}
