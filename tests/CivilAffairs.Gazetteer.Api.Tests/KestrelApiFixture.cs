using CivilAffairs.Gazetteer.Search;
using CivilAffairs.Gazetteer.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>
/// The API on a real loopback socket (Kestrel, not the in-memory test server), over a test class's own
/// database, with its log kept: for what only real HTTP shows, such as a client closing its connection.
/// </summary>
public sealed class KestrelApiFixture : IAsyncLifetime
{
    private readonly GazetteerDatabase database = new();
    private ApiFactory? factory;

    public GazetteerDatabase Database => database;

    public CapturedLogs Logs { get; } = new();

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        factory = new ApiFactory(database.ConnectionString, builder => builder.ConfigureLogging(logging => logging.AddProvider(Logs)));
        factory.UseKestrel(0);
        factory.StartServer();
        Address = factory.ClientOptions.BaseAddress;
        // The index reads every place at start; tests that hold locks on place wait until it is done.
        await factory.Services.GetRequiredService<PlaceIndex>().WhenReadyAsync(TimeSpan.FromMinutes(20));
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
            await factory.DisposeAsync();
        await database.DisposeAsync();
    }
}
