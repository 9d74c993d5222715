namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>The codes of data/categories.csv that the real import assigns to divisions' own places.</summary>
public static class CategoryCodes
{
    public const string Province = "province";
    public const string City = "city";
    public const string County = "county";
    public const string Township = "township";
    /// <summary>村民委员会: the place is the administrative village, XX村.</summary>
    public const string VillageCommittee = "village_committee";
    /// <summary>社区居民委员会: the place is the community, XX社区.</summary>
    public const string Community = "community";
    public const string DevelopmentZone = "development_zone";
    public const string ScenicArea = "scenic_area";
}
