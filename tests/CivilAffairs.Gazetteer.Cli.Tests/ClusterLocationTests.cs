using CivilAffairs.Gazetteer.Cli.Cluster;

namespace CivilAffairs.Gazetteer.Cli.Tests;

public sealed class ClusterLocationTests
{
    [Fact]
    public async Task ACheckoutThePostgresUserCannotEnterGetsItsDataUnderVarTmpAndIsToldWhy()
    {
        // Created with mode 0700, like a home folder.
        var closed = Directory.CreateTempSubdirectory("gzt-closed-");
        var repository = Directory.CreateDirectory(Path.Combine(closed.FullName, "checkout")).FullName;
        try
        {
            var location = await ClusterLocation.ForRepositoryAsync(repository, CancellationToken.None);

            if (PostgresTools.RunsAsRoot)
            {
                Assert.Equal($"/var/tmp/gazetteer-{ClusterLocation.Hash(repository)}/pg", location.DataDirectory);
                Assert.Contains($"cannot enter {repository}/.local", location.Note);
                Assert.Contains("chmod o+x", location.Note);
            }
            else
            {
                // Not root: the cluster runs as this user, who can enter its own folders.
                Assert.Equal(Path.Combine(repository, ".local", "pg"), location.DataDirectory);
                Assert.Null(location.Note);
            }
        }
        finally
        {
            closed.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task AnOpenCheckoutKeepsItsDataInDotLocal()
    {
        var open = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "gzt-open-" + Guid.NewGuid().ToString("N")[..8]));
        try
        {
            var location = await ClusterLocation.ForRepositoryAsync(open.FullName, CancellationToken.None);

            Assert.Equal(Path.Combine(open.FullName, ".local", "pg"), location.DataDirectory);
            Assert.Null(location.Note);
        }
        finally
        {
            open.Delete(recursive: true);
        }
    }
}
