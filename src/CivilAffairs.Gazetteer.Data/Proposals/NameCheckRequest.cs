namespace CivilAffairs.Gazetteer.Data.Proposals;

/// <summary>What is checked: the name, its category, the 12-digit division, and the place it renames.</summary>
public sealed record NameCheckRequest(string Name, string Category, string DivisionCode, long? Renames);
