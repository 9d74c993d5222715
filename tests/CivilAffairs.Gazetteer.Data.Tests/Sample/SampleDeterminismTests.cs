using CivilAffairs.Gazetteer.Data.Sample;
using CivilAffairs.Gazetteer.Testing;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Tests.Sample;

[Collection(SampleCollection.Name)]
public sealed class SampleDeterminismTests(SampledDatabase sampled)
{
    private static readonly string[] Digests =
    [
        "SELECT md5(string_agg(concat_ws('|', id, name, category, division_code, ST_AsText(geom), ST_AsText(point), aliases, meaning), ',' ORDER BY id)) FROM place WHERE provenance = 'sample'",
        "SELECT md5(string_agg(concat_ws('|', place_id, name, from_year, to_year), ',' ORDER BY id)) FROM place_former_name",
        "SELECT md5(string_agg(concat_ws('|', id, source_id, name, list_level, list_batch, list_category, status, protection_measures), ',' ORDER BY id)) FROM historical_name",
        "SELECT md5(string_agg(concat_ws('|', id, kind, state, proposed_name, division_code, ST_AsText(geom), applicant, target_place_id, created_at), ',' ORDER BY id)) FROM proposal",
        "SELECT md5(string_agg(concat_ws('|', proposal_id, at, actor, from_state, to_state), ',' ORDER BY id)) FROM proposal_event",
        "SELECT md5(string_agg(concat_ws('|', id, name, category, ST_AsText(geom), state, place_id), ',' ORDER BY id)) FROM poi",
    ];

    [Fact]
    public async Task TheSameSeedGivesTheSameRowsAndAnotherSeedOthers()
    {
        var first = await DigestsAsync(sampled.DataSource);

        Assert.Equal(first, await SampleIntoFreshDatabaseAsync(SampledDatabase.Seed));
        var other = await SampleIntoFreshDatabaseAsync(SampledDatabase.Seed + 1);
        Assert.All(first.Zip(other), pair => Assert.NotEqual(pair.First, pair.Second));
    }

    private static async Task<List<string>> SampleIntoFreshDatabaseAsync(int seed)
    {
        var database = new GazetteerDatabase();
        await database.InitializeAsync();
        try
        {
            await DivisionBootstrap.EnsureAsync(database.DataSource, RepositoryPaths.DataDirectory(), CancellationToken.None);
            await new SampleGenerator(database.DataSource, RepositoryPaths.DataDirectory()).GenerateAsync(SampleScale.Test, seed);
            return await DigestsAsync(database.DataSource);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task<List<string>> DigestsAsync(NpgsqlDataSource dataSource)
    {
        var digests = new List<string>();
        foreach (var sql in Digests)
        {
            await using var command = dataSource.CreateCommand(sql);
            digests.Add((string)(await command.ExecuteScalarAsync())!);
        }
        return digests;
    }
}
