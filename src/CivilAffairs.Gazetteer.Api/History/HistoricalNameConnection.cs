using CivilAffairs.Gazetteer.Api.GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>
/// A page of historical names with the filter that chose them (for totalCount), or the count itself
/// when it is known already (text alone: the number of names the search index matched).
/// </summary>
internal sealed record HistoricalNameConnection(IReadOnlyList<HistoricalNameEdge> Edges, PageInfo PageInfo, HistoricalNameFilter Filter, int? TotalCount = null);
