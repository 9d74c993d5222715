using CivilAffairs.Gazetteer.Api.GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Changes;

internal sealed record ChangeConnection(IReadOnlyList<ChangeEdge> Edges, PageInfo PageInfo);
