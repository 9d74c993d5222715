namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// Where a point lies: <see cref="Covered"/> is false outside Shanxi (with the reason in <see cref="Message"/>).
/// <see cref="Chain"/> runs province → county (by polygon) → township → village (by the nearest village point,
/// <see cref="VillageDistanceMeters"/> away).
/// </summary>
public sealed record ReverseGeocodeResult(
    bool Covered,
    IReadOnlyList<ChainLink> Chain,
    double? VillageDistanceMeters,
    IReadOnlyList<NearbyPlace> Nearest,
    string? Message);
