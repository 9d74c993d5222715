using CivilAffairs.Gazetteer.Data.Access;
using CivilAffairs.Gazetteer.Search;
using CivilAffairs.Gazetteer.Workflow;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Reliability.Tests;

/// <summary>
/// One API node in memory: writes to <paramref name="primary"/>, reads from <paramref name="replica"/>
/// when given, and keeps its own search index in <paramref name="indexFolder"/> (a fresh temp folder
/// unless a test hands one over to a later node).
/// </summary>
public sealed class ApiNode(string primary, string? replica = null, string? indexFolder = null) : WebApplicationFactory<Program>
{
    public string IndexFolder { get; } = indexFolder ?? NewIndexFolder();

    /// <summary>The signing key every node of the tests shares, as the nodes of one deployment do.</summary>
    public static readonly byte[] SigningKey = Convert.FromBase64String(Data.Access.SigningKey.Generate());

    /// <summary>An access token any node accepts.</summary>
    public static string Token(Actor actor) => AccessTokens.Issue(SigningKey, actor, DateTimeOffset.UtcNow, TimeSpan.FromHours(1));

    public static string NewIndexFolder() => Path.Combine(Path.GetTempPath(), "gzt-node-index-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>Starts the node and waits until its search index is built (the node serves before that, but searches answer UNAVAILABLE).</summary>
    public async Task<GraphQLClient> StartAsync()
    {
        var client = new GraphQLClient(CreateClient());
        await Services.GetRequiredService<PlaceIndex>().WhenReadyAsync(TimeSpan.FromMinutes(3));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder
            .UseSetting("ConnectionStrings:Gazetteer", primary)
            .UseSetting("Search:IndexDirectory", IndexFolder)
            .UseSetting("Auth:SigningKey", Convert.ToBase64String(SigningKey))
            .UseSetting("Search:FollowInterval", "00:00:00.100")
            .UseSetting("Geocoding:FollowInterval", "00:00:00.500");
        if (replica is not null)
            builder.UseSetting("ConnectionStrings:GazetteerReplica", replica);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && indexFolder is null && Directory.Exists(IndexFolder))
            Directory.Delete(IndexFolder, recursive: true);
    }
}
