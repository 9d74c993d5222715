using GraphQL;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>A well-formed identifier that names nothing in the registry.</summary>
internal sealed class NotFoundError : ExecutionError
{
    public NotFoundError(string message) : base(message) => Code = ErrorCodes.NotFound;
}
