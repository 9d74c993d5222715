namespace CivilAffairs.Gazetteer.Data.Tests.Sample;

/// <summary>
/// The sample's integration tests share one sampled database and run one after another, so the
/// sample's own processor time is measured without other sample tests running beside it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampledDatabase>
{
    public const string Name = "sample";
}
