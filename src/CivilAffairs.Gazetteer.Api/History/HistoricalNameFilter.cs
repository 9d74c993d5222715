using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Data.Places;
using CivilAffairs.Gazetteer.Divisions;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>
/// A checked HistoricalNameFilter: a year range (from the years given and the dynasty's range, both
/// must hold), the listing fields, a division code prefix, an area, and the ids the text matched
/// in the search index (null: no text given).
/// </summary>
internal sealed record HistoricalNameFilter(
    IReadOnlyList<long>? Ids, int? FromYear, int? ToYear, Dynasty? Dynasty,
    string? ListLevel, string? Category, string? Status, string? DivisionPrefix, Geometry? Within)
{
    public static readonly HistoricalNameFilter None = new(null, null, null, null, null, null, null, null, null);

    /// <exception cref="BadUserInputError">Year 0, a reversed range, an unknown dynasty, a malformed code or an area that is not a valid WGS84 polygon.</exception>
    public static HistoricalNameFilter From(HistoricalNameFilterInput? input, IReadOnlyList<Dynasty> dynasties)
    {
        if (input is null) return None;
        Years.Check(input.FromYear, "fromYear");
        Years.Check(input.ToYear, "toYear");
        if (input.FromYear is { } from && input.ToYear is { } to && from > to)
            throw new BadUserInputError(
                $"The year range is reversed: fromYear {Years.Show(from)} is after toYear {Years.Show(to)}. Give the earlier year as fromYear (negative years are BCE).");
        Dynasty? dynasty = null;
        if (input.Dynasty is { } text)
            dynasty = dynasties.FirstOrDefault(d => d.Answers(text.Trim()))
                ?? throw new BadUserInputError(
                    $"'{text}' is not a dynasty the registry knows. Use one of: {string.Join(", ", dynasties.Select(d => $"{d.Name} ({d.NameEn})"))}.");
        string? prefix = null;
        if (input.DivisionCode is { } code)
        {
            if (!DivisionCode.TryParse(code, out var parsed))
                throw new BadUserInputError(DivisionCode.Explain(code));
            prefix = parsed.Short;
        }
        Geometry? within = null;
        if (input.Within is { } area)
        {
            try
            {
                // The same checks, and words, as the places filter's polygons: type, WGS84 ranges, validity.
                within = GeometryText.CheckPolygon(area, "filter.within");
            }
            catch (InvalidPlaceQueryException e)
            {
                throw new BadUserInputError(e.Message);
            }
        }
        return new HistoricalNameFilter(null, input.FromYear, input.ToYear, dynasty,
            input.ListLevel, NullIfBlank(input.Category), input.Status, prefix, within);
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
