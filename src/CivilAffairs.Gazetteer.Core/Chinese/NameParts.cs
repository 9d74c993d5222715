namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>A name split into its specific (专名) and its generic (通名); Generic is null when the name has none of its own.</summary>
public sealed record NameParts(string Specific, string? Generic);
