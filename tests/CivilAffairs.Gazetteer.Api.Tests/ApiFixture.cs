using CivilAffairs.Gazetteer.Search;
using CivilAffairs.Gazetteer.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>A test class's own database (from the template) with the sample hierarchy added, and the API over it.</summary>
public class ApiFixture : IAsyncLifetime
{
    private readonly GazetteerDatabase database = new();

    public ApiFactory Factory { get; private set; } = null!;

    public GazetteerDatabase Database => database;

    /// <summary>Whether the made-up hierarchy of <see cref="SampleHierarchy"/> is added to the template's data.</summary>
    protected virtual bool AddsSampleHierarchy => true;

    /// <summary>A test class's own settings and services for the API (signing key, clock, limits).</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        if (AddsSampleHierarchy)
            await SampleHierarchy.ApplyAsync(database.DataSource);
        Factory = new ApiFactory(database.ConnectionString, Configure);
        // The API serves at once and builds its index in the background: tests of search wait for it.
        await Factory.Services.GetRequiredService<PlaceIndex>().WhenReadyAsync(TimeSpan.FromMinutes(3));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database.DisposeAsync();
    }
}
