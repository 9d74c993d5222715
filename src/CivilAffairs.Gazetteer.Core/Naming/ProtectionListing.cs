namespace CivilAffairs.Gazetteer.Naming;

/// <summary>A protection-list entry (地名保护名录) of a name: level, batch, category and the protection measures recorded.</summary>
public sealed record ProtectionListing(string Name, string Level, string? Batch, string? Category, IReadOnlyList<string> Measures);
