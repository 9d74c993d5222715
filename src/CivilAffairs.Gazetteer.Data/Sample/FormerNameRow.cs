namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>A generated former name of a sample place (place_former_name).</summary>
internal sealed record FormerNameRow(long PlaceId, string Name, int FromYear, int ToYear, bool Approximate, string Note);
