namespace CivilAffairs.Gazetteer.Search;

/// <summary>A type-ahead completion: the name to show and the place it stands for.</summary>
public sealed record Suggestion(string Text, SearchHit Hit);
