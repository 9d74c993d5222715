using CivilAffairs.Gazetteer.Api.GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>A page of historical names with the filter that chose them (for totalCount).</summary>
internal sealed record HistoricalNameConnection(IReadOnlyList<HistoricalNameEdge> Edges, PageInfo PageInfo, HistoricalNameFilter Filter);
