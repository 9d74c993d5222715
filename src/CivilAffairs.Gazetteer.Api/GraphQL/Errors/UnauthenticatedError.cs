using GraphQL;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>A write without a valid access token: none sent, expired, or not signed by this service.</summary>
internal sealed class UnauthenticatedError : ExecutionError
{
    public UnauthenticatedError(string message) : base(message) => Code = ErrorCodes.Unauthenticated;
}
