namespace CivilAffairs.Gazetteer.Search.Tests.Geocoding;

/// <summary>The test classes that read the imported hierarchy share one load of it.</summary>
[CollectionDefinition(Name)]
public sealed class ImportedHierarchyCollection : ICollectionFixture<ImportedHierarchy>
{
    public const string Name = "imported hierarchy";
}
