using CivilAffairs.Gazetteer.Search.Geocoding;

namespace CivilAffairs.Gazetteer.Search.Tests.Geocoding;

/// <summary>The real hierarchy built once per test run from the data files (no database), for the parser's text rules.</summary>
internal static class RealHierarchy
{
    private static readonly Lazy<AdministrativeHierarchy> Built = new(() =>
        new AdministrativeHierarchy(DivisionFiles.Divisions, DivisionFiles.Changes, TraditionalFolding.FromUnihan()));

    public static AdministrativeHierarchy Instance => Built.Value;

    public static Geocoder Geocoder { get; } = new(new HierarchySource(Instance));
}
