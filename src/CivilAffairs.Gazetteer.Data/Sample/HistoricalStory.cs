namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>The texts of a listing: what the name means (含义), how it came about (来历) and its evolution (沿革).</summary>
internal sealed record HistoricalStory(string Meaning, string Origin, string Evolution);
