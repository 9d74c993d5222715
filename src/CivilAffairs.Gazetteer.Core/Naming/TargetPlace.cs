namespace CivilAffairs.Gazetteer.Naming;

/// <summary>The place a rename or retirement acts on.</summary>
public sealed record TargetPlace(long Id, string Name, string Category, string? DivisionCode, string Status);
