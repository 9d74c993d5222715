namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>One 沿革 event between historical names (named, renamed, abolished), with the names on either side.</summary>
internal sealed record NameEventRow(long Id, string Kind, int Year, bool Approximate, string Note, IReadOnlyList<NameEventLink> Links);
