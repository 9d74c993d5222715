using GraphQL;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>An argument the client can correct: a malformed code, bounding box or cursor.</summary>
internal sealed class BadUserInputError : ExecutionError
{
    public BadUserInputError(string message) : base(message) => Code = ErrorCodes.BadUserInput;
}
