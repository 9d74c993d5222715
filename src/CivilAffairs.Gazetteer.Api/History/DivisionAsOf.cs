using CivilAffairs.Gazetteer.Api.Divisions;
using CivilAffairs.Gazetteer.Api.Geocoding;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Search.Geocoding;
using DivisionRecord = CivilAffairs.Gazetteer.Api.Divisions.DivisionRecord;

namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>division(code, asOf): the unit that held a code on a day, from the hierarchy of every vintage held in memory.</summary>
internal static class DivisionAsOf
{
    /// <exception cref="NotFoundError">No unit held the code that day; the message says when one did and what it became.</exception>
    public static DivisionRecord Find(AdministrativeHierarchy hierarchy, DivisionCode code, DateOnly asOf)
    {
        if (hierarchy.Find(code.Full, asOf) is { } unit)
            return HierarchyDivisions.ToApi(unit);
        var latest = hierarchy.FindLatest(code.Full)
            ?? throw new NotFoundError($"No division has ever had code {code.Short} in the registry.");
        var day = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (latest.ValidFrom is { } from && asOf < from)
            throw new NotFoundError(
                $"{code.Short} {latest.Name} took effect on {from:yyyy-MM-dd}; on {day} no unit had that code. Its supersedes field names the units it came from.");
        var successors = hierarchy.Successors(latest, asOf);
        var became = successors.Count == 0 ? "" :
            " It became " + string.Join(", ", successors.Select(s => $"{s.Unit.Name} ({s.Unit.ShortCode}, {s.Via[^1].Kind} on {s.Via[^1].Date:yyyy-MM-dd})")) + ".";
        throw new NotFoundError($"{code.Short} {latest.Name} ceased on {latest.ValidTo:yyyy-MM-dd}; on {day} no unit had that code.{became}");
    }
}
