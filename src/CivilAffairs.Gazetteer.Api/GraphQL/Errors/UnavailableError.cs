using GraphQL;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>A part of the service that is still starting (the search index being built): the same request will work shortly.</summary>
internal sealed class UnavailableError : ExecutionError
{
    public UnavailableError(string message) : base(message) => Code = ErrorCodes.Unavailable;
}
