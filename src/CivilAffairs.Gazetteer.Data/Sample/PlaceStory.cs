namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>A place's 含义 (meaning), 来历 (origin) and 沿革 (history), as the census form records them.</summary>
internal sealed record PlaceStory(string Meaning, string Origin, string History);
