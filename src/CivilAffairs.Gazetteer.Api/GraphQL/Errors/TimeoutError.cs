using GraphQL;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>A request stopped because it ran longer than the service allows.</summary>
internal sealed class TimeoutError : ExecutionError
{
    public TimeoutError(string message) : base(message) => Code = ErrorCodes.Timeout;
}
