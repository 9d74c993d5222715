using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Testing;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Tests;

public sealed class MigratorTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>
{
    [Fact]
    public async Task RerunningTheMigrationsAppliesNothingAndKeepsEveryFileRecorded()
    {
        var applied = await new Migrator(database.DataSource).MigrateAsync();

        Assert.Empty(applied);
        await using var command = database.DataSource.CreateCommand("SELECT name FROM schema_migration ORDER BY name");
        var recorded = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            recorded.Add(reader.GetString(0));
        Assert.Equal(Migrator.All.Select(m => m.Name), recorded);
    }

    [Fact]
    public async Task AnApprovingLevelNeedsAKnownPlaceCategory()
    {
        await using var unknown = database.DataSource.CreateCommand(
            "INSERT INTO approving_level (category, level, basis) VALUES ('no_such_category', 'county', 'test')");
        var refused = await Assert.ThrowsAsync<PostgresException>(() => unknown.ExecuteNonQueryAsync());
        await using var orphans = database.DataSource.CreateCommand(
            "SELECT count(*) FROM approving_level a WHERE NOT EXISTS (SELECT 1 FROM place_category c WHERE c.code = a.category)");

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, refused.SqlState);
        Assert.Equal(0L, await orphans.ExecuteScalarAsync());
    }

    [Fact]
    public async Task PostgisIsInstalledAndGeometriesRoundTripWithTheirSrid()
    {
        await using var command = database.DataSource.CreateCommand("SELECT ST_SetSRID(ST_MakePoint(111.67, 36.25), 4326)");
        var point = (NetTopologySuite.Geometries.Point)(await command.ExecuteScalarAsync())!;

        Assert.Equal(4326, point.SRID);
        Assert.Equal(111.67, point.X, 6);
    }

    [Fact]
    public async Task StorageRoundTripsCjkExtensionBCharacters()
    {
        await using var command = database.DataSource.CreateCommand("SELECT $1::text");
        command.Parameters.AddWithValue("𣵦沟村");
        Assert.Equal("𣵦沟村", await command.ExecuteScalarAsync());
    }
}
