using GraphQL;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>A write from a stale version: the record changed since the client read it.</summary>
internal sealed class ConflictError : ExecutionError
{
    public ConflictError(string message) : base(message) => Code = ErrorCodes.Conflict;
}
