namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Restricts search and autocomplete. Every part is optional; values inside one part are alternatives.
/// </summary>
/// <param name="DivisionCode">A division code prefix as people write it: 14, 1410, 141024, 141024100.</param>
/// <param name="Categories">Category codes (county, village_committee, natural_village, ...).</param>
/// <param name="Statuses">current, proposed, historical, retired.</param>
/// <param name="Provenance">official, sample, derived, collected.</param>
/// <param name="Kinds">place, division, historical_name, poi.</param>
public sealed record SearchFilter(
    string? DivisionCode = null,
    IReadOnlyList<string>? Categories = null,
    IReadOnlyList<string>? Statuses = null,
    IReadOnlyList<string>? Provenance = null,
    IReadOnlyList<string>? Kinds = null)
{
    public static SearchFilter None { get; } = new();
}
