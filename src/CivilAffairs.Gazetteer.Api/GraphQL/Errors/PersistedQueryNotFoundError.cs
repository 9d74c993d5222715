using GraphQL;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>
/// A persisted-query hash this node does not know (Apollo automatic persisted queries): the
/// client sends the hash again with the query, which is then stored.
/// </summary>
internal sealed class PersistedQueryNotFoundError : ExecutionError
{
    public const string CodeValue = "PERSISTED_QUERY_NOT_FOUND";

    public PersistedQueryNotFoundError()
        : base("PersistedQueryNotFound: this hash is not known here. Send the request again with the query and the same extensions.persistedQuery.") =>
        Code = CodeValue;
}
