namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// The answer to one address. <see cref="Best"/> is null for NO_MATCH and INVALID; when AMBIGUOUS it is
/// the first of <see cref="Alternatives"/>, with the same low confidence as the others.
/// <see cref="UnusedText"/> is what the match did not use (names, phones, 3组15号), segments joined by a space.
/// </summary>
public sealed record GeocodeResult(
    string Query,
    GeocodeStatus Status,
    GeocodeMatch? Best,
    IReadOnlyList<GeocodeMatch> Alternatives,
    string UnusedText,
    IReadOnlyList<FollowedChange> FollowedChanges,
    string? Message)
{
    public static GeocodeResult Invalid(string query, string message) => new(query, GeocodeStatus.Invalid, null, [], query, [], message);
}
