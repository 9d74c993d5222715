namespace CivilAffairs.Gazetteer.Api.Places;

/// <summary>One page of places in id order, and whether there are more on either side.</summary>
internal sealed record PlacePage(IReadOnlyList<PlaceRecord> Places, bool HasNextPage, bool HasPreviousPage);
