using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>
/// The API in memory, pointed at <paramref name="connectionString"/> through configuration, with a
/// search index of its own in a temp folder (factories run in parallel over different databases);
/// <paramref name="configure"/> adds a test class's own settings or services.
/// </summary>
public sealed class ApiFactory(string connectionString, Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<Program>
{
    private readonly string indexFolder = Path.Combine(Path.GetTempPath(), "gzt-api-index-" + Guid.NewGuid().ToString("N")[..12]);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder
            .UseSetting("ConnectionStrings:Gazetteer", connectionString)
            .UseSetting("Search:IndexDirectory", indexFolder)
            .UseSetting("Search:FollowInterval", "00:00:00.100");
        configure?.Invoke(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(indexFolder))
            Directory.Delete(indexFolder, recursive: true);
    }
}
