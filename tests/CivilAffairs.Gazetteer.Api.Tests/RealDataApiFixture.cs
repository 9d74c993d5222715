namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>
/// The API over a test class's own copy of the template alone: for tests whose answers depend on
/// the real polygons, which the made-up county of <see cref="SampleHierarchy"/> would overlap.
/// </summary>
public sealed class RealDataApiFixture : ApiFixture
{
    protected override bool AddsSampleHierarchy => false;
}
