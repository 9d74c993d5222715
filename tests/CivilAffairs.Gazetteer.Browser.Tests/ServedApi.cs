using CivilAffairs.Gazetteer.Search;
using CivilAffairs.Gazetteer.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Browser.Tests;

/// <summary>
/// The API on a real loopback port (Kestrel, not the in-memory test server: a browser needs a socket)
/// over a test class's own copy of the template database, with a search index in a temp folder.
/// </summary>
public sealed class ServedApi : IAsyncLifetime
{
    private readonly GazetteerDatabase database = new();
    private readonly string indexFolder = Path.Combine(Path.GetTempPath(), "gzt-browser-index-" + Guid.NewGuid().ToString("N")[..12]);
    private Factory? factory;

    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        factory = new Factory(database.ConnectionString, indexFolder);
        factory.UseKestrel(0);
        factory.StartServer();
        Address = factory.ClientOptions.BaseAddress;
        // The API serves at once and builds its search index in the background; type-ahead needs it.
        await factory.Services.GetRequiredService<PlaceIndex>().WhenReadyAsync(TimeSpan.FromMinutes(3));
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
            await factory.DisposeAsync();
        await database.DisposeAsync();
        if (Directory.Exists(indexFolder))
            Directory.Delete(indexFolder, recursive: true);
    }

    private sealed class Factory(string connectionString, string indexFolder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => builder
            .UseSetting("ConnectionStrings:Gazetteer", connectionString)
            .UseSetting("Search:IndexDirectory", indexFolder)
            .UseSetting("Search:FollowInterval", "00:00:00.100")
            // A request line per tile drowns the test output; warnings and errors still show.
            .UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
