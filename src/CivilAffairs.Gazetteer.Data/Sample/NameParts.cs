namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>A generated name with its specific (专名) and generic (通名) parts.</summary>
internal sealed record NameParts(string Name, string Specific, string Generic);
