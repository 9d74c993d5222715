namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>One page of places in the asked order, each with its cursor, and whether there are more on either side.</summary>
public sealed record PlacePage(IReadOnlyList<PlaceRecord> Places, IReadOnlyList<PlaceCursor> Cursors, bool HasNextPage, bool HasPreviousPage);
