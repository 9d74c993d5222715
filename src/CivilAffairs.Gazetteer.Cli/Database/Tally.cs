namespace CivilAffairs.Gazetteer.Cli.Database;

/// <summary>How many records there are, and how many of them are generated sample data (provenance 'sample').</summary>
internal sealed record Tally(long Total, long Sample);
