using CivilAffairs.Gazetteer.Cli.Cluster;
using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Cli.Tests;

/// <summary>A cluster created in a temporary folder on a free port, stopped and deleted afterwards.</summary>
public sealed class ThrowawayCluster : IAsyncLifetime
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "gzt-cluster-" + Guid.NewGuid().ToString("N")[..8]);

    public int Port { get; } = FreePort.Find();

    internal LocalCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Cluster = new LocalCluster(Path.Combine(folder, "pg"), Port);
        await Cluster.InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAsync(CancellationToken.None);
        Directory.Delete(folder, recursive: true);
    }
}
