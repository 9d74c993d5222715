using CivilAffairs.Gazetteer.Data.Places;

namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>
/// The name a place bore in a year, from its former names (曾用名, with years) and the years of its
/// current name. Null where the registry does not know: before the earliest name it holds a year for.
/// </summary>
internal static class PlaceNameAsOf
{
    public static string? Of(PlaceRecord place, IReadOnlyList<NameUse> formerNames, int year)
    {
        if (place.ValidTo is { } to && year >= to.Year)
            return null;
        if (place.ValidFrom is { } from && year >= from.Year)
            return place.Name;
        var former = formerNames
            .Where(f => (f.From is null || f.From <= year) && (f.To is null || year <= f.To))
            .OrderByDescending(f => f.From ?? int.MinValue)
            .FirstOrDefault();
        if (former is not null)
            return former.Name;
        // With no start date, the current name is known from the end of the last former name on.
        if (place.ValidFrom is null && formerNames.All(f => f.To is { } end && end < year))
            return place.Name;
        return null;
    }
}
