using Npgsql;

namespace CivilAffairs.Gazetteer.Testing;

/// <summary>
/// What the template database holds besides the schema: the real Shanxi data and the
/// test-scale sample, loaded by the same importers users run.
/// </summary>
public static class TestSeed
{
    public static Task ApplyAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken) => Task.CompletedTask;
}
