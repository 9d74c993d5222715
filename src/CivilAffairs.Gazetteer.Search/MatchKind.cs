namespace CivilAffairs.Gazetteer.Search;

/// <summary>Which form of a place's name the typed text matched.</summary>
public enum MatchKind
{
    Name,
    Alias,
    FormerName,
    Traditional,
    Pinyin,
    Initials,
    WadeGiles,
}
