using System.Security.Cryptography;
using System.Text;

namespace CivilAffairs.Gazetteer.Cli.Cluster;

/// <summary>
/// Where the project-local cluster keeps its files: .local/pg in the repository, unless the
/// postgres OS user cannot reach that folder (a checkout under a 0700 home, as root): then a
/// folder under /var/tmp named after the repository path, and <see cref="Note"/> says why.
/// </summary>
internal sealed record ClusterLocation(string DataDirectory, string? Note)
{
    private const string FallbackRoot = "/var/tmp";

    public static async Task<ClusterLocation> ForRepositoryAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        var local = Path.Combine(repositoryRoot, ".local");
        var preferred = Path.Combine(local, "pg");
        if (!PostgresTools.RunsAsRoot)
            return new ClusterLocation(preferred, null);

        Directory.CreateDirectory(local);
        var reachable = await PostgresTools.RunAsPostgresAsync("/usr/bin/test", ["-x", local], cancellationToken);
        if (reachable.Succeeded)
            return new ClusterLocation(preferred, null);

        var fallback = Path.Combine(FallbackRoot, "gazetteer-" + Hash(repositoryRoot), "pg");
        return new ClusterLocation(
            fallback,
            $"The postgres OS user cannot enter {local} (a parent folder is not searchable, e.g. a home folder with mode 0700), " +
            $"so the database files live in {fallback} instead. To keep them in the repository, make its parent folders searchable (chmod o+x).");
    }

    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
}
