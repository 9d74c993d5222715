namespace CivilAffairs.Gazetteer.Testing;

/// <summary>
/// A database of its own for one test class holding the real data without the sample: for tests
/// that generate a sample themselves or re-import the real data (which sample rows would block).
/// </summary>
public sealed class RealDataDatabase() : GazetteerDatabase(SeedContent.RealData);
