namespace CivilAffairs.Gazetteer.Search;

/// <summary>How much of the name the typed text covers; the ranking puts exact over prefix over substring.</summary>
public enum MatchQuality
{
    Substring = 1,
    Prefix = 2,
    Exact = 3,
}
