namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>
/// Which page: the first <see cref="First"/> after <see cref="After"/>, or the last
/// <see cref="Last"/> before <see cref="Before"/> (Relay cursor connections); exactly one of
/// First and Last is set. Both cursors may bound the page at once.
/// </summary>
public sealed record PlacePageRequest(PlaceFilter Filter, PlaceOrder Order, int? First, PlaceCursor? After, int? Last, PlaceCursor? Before);
