namespace CivilAffairs.Gazetteer.Search;

/// <summary>A hit and the cursor that continues the search after it.</summary>
public sealed record SearchEdge(SearchHit Hit, string Cursor);
