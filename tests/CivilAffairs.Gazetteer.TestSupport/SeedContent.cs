namespace CivilAffairs.Gazetteer.Testing;

/// <summary>What a test database starts with besides the migrated schema.</summary>
public enum SeedContent
{
    /// <summary>The real Shanxi data and the test-scale sample: what every test class sees by default.</summary>
    RealDataAndSample,

    /// <summary>The real Shanxi data only, for tests of the importers that replace or add to it.</summary>
    RealData,
}
