using System.Collections.Frozen;

namespace CivilAffairs.Gazetteer.Naming;

/// <summary>The category codes (data/categories.csv) the naming rules treat alike.</summary>
public static class NameCategories
{
    /// <summary>County level and above: unique and not a homophone nationwide.</summary>
    public static readonly FrozenSet<string> CountyAndAbove = FrozenSet.Create("province", "city", "county");

    /// <summary>The legal divisions whose specific must not come from a famous feature.</summary>
    public static readonly FrozenSet<string> Divisions = FrozenSet.Create("province", "city", "county", "township");

    /// <summary>The seats of village and community committees: unique within the county.</summary>
    public static readonly FrozenSet<string> CommitteeSeats = FrozenSet.Create("village_committee", "community");

    /// <summary>Streets and important residential areas: unique within the built-up area.</summary>
    public static readonly FrozenSet<string> Streets = FrozenSet.Create("street", "road", "lane", "residential_area");

    /// <summary>Transport, water and power facilities, named after the place they serve.</summary>
    public static readonly FrozenSet<string> Facilities = FrozenSet.Create("bridge", "tunnel", "station", "reservoir", "canal", "dam", "power_station");
}
