using GraphQL;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>A request larger than the service answers (page size, depth).</summary>
internal sealed class LimitExceededError : ExecutionError
{
    public LimitExceededError(string message) : base(message) => Code = ErrorCodes.LimitExceeded;
}
