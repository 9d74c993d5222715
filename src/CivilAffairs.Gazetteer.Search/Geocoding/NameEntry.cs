namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>One meaning of a dictionary string: the unit it names, how, and the change followed to reach it.</summary>
internal sealed record NameEntry(DivisionRecord Division, NameForm Form, string Name);
