using System.Globalization;
using CivilAffairs.Gazetteer.Data.Places;

namespace CivilAffairs.Gazetteer.Data.Export;

/// <summary>The fields of a place every export carries, by name, as text (null when unknown).</summary>
public static class PlaceColumns
{
    public static IReadOnlyList<string> Names { get; } =
        ["code", "name", "romanized", "category", "status", "provenance", "division_code", "aliases", "meaning", "origin", "history", "valid_from", "valid_to", "version"];

    public static IEnumerable<(string Name, string? Value)> Of(PlaceRecord place)
    {
        yield return ("code", place.Code);
        yield return ("name", place.Name);
        yield return ("romanized", place.Romanization?.WithTones);
        yield return ("category", place.Category);
        yield return ("status", place.Status.ToString().ToUpperInvariant());
        // SAMPLE rows are generated test data, never official: the column says so in every format.
        yield return ("provenance", place.Provenance.ToString().ToUpperInvariant());
        yield return ("division_code", place.DivisionCode);
        yield return ("aliases", place.Aliases.Count == 0 ? null : string.Join('|', place.Aliases));
        yield return ("meaning", place.Meaning);
        yield return ("origin", place.Origin);
        yield return ("history", place.History);
        yield return ("valid_from", place.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        yield return ("valid_to", place.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        yield return ("version", place.Version.ToString(CultureInfo.InvariantCulture));
    }
}
