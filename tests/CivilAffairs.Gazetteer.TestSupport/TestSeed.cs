using CivilAffairs.Gazetteer.Data;
using CivilAffairs.Gazetteer.Data.Import;
using Npgsql;

namespace CivilAffairs.Gazetteer.Testing;

/// <summary>
/// What the template database holds besides the schema: the real Shanxi data and the
/// test-scale sample, loaded by the same importers users run.
/// </summary>
public static class TestSeed
{
    public static async Task ApplyAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await new RealDataImporter(dataSource, RepositoryPaths.DataDirectory()).ImportAsync(cancellationToken: cancellationToken);
    }
}
