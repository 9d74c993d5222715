using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>
/// The API over a test class's own copy of the template alone: for tests whose answers depend on
/// the real polygons, which the made-up county of <see cref="SampleHierarchy"/> would overlap.
/// </summary>
public sealed class RealDataApiFixture : IAsyncLifetime
{
    private readonly GazetteerDatabase database = new();

    public ApiFactory Factory { get; private set; } = null!;

    public GazetteerDatabase Database => database;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        Factory = new ApiFactory(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database.DisposeAsync();
    }
}
