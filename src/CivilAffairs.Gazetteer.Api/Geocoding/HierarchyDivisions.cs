using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Search.Geocoding;
using ApiDivision = CivilAffairs.Gazetteer.Api.Divisions.DivisionRecord;
using HeldDivision = CivilAffairs.Gazetteer.Search.Geocoding.DivisionRecord;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

/// <summary>Divisions of the in-memory hierarchy as the Division type serves them: no database round trip per chain.</summary>
internal static class HierarchyDivisions
{
    public static ApiDivision ToApi(HeldDivision division)
    {
        var code = DivisionCode.FromFull(division.Code);
        var parent = division.ParentCode is { } p && DivisionCode.TryParse(p, out var parsed) ? parsed : code.Parent;
        return new ApiDivision(division.Id, code, division.Name, division.IsStatisticalZone, parent, division.ValidFrom, division.ValidTo);
    }

    /// <summary>The units of a chain by code: the one valid today, else the latest that held the code.</summary>
    public static IReadOnlyList<ApiDivision> Chain(AdministrativeHierarchy hierarchy, IEnumerable<ChainLink> links)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var chain = new List<ApiDivision>();
        foreach (var link in links)
            if ((hierarchy.Find(link.Code, today) ?? hierarchy.FindLatest(link.Code)) is { } unit)
                chain.Add(ToApi(unit));
        return chain;
    }

    public static IReadOnlyList<ApiDivision> ByIds(AdministrativeHierarchy hierarchy, IEnumerable<long> ids) =>
        ids.Select(hierarchy.ById).OfType<HeldDivision>().Select(ToApi).ToList();
}
