using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>A test class's own database (from the template) with the sample hierarchy added, and the API over it.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private readonly GazetteerDatabase database = new();

    public ApiFactory Factory { get; private set; } = null!;

    public GazetteerDatabase Database => database;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await SampleHierarchy.ApplyAsync(database.DataSource);
        Factory = new ApiFactory(database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database.DisposeAsync();
    }
}
