namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// How much a place's kind lifts it in the ranking, so that 洪洞县 comes before the villages whose
/// names contain 洪洞: a county outweighs a township, a township a village committee, a village
/// committee a natural village (自然村), and those every other feature.
/// </summary>
internal static class AdminLevelWeight
{
    public const int Max = 5;

    public static int Of(string category) => category switch
    {
        "province" or "city" or "county" => 5,
        "township" => 4,
        "village_committee" or "community" or "development_zone" => 3,
        "natural_village" => 2,
        _ => 1,
    };
}
