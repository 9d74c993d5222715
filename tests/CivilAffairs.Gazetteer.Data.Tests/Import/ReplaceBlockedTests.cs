using CivilAffairs.Gazetteer.Data.Import;
using CivilAffairs.Gazetteer.Testing;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Tests.Import;

/// <summary>A re-import that fails in the database half-way (after deleting the earlier rows) changes nothing.</summary>
public sealed class ReplaceBlockedTests(RealDataDatabase database) : IClassFixture<RealDataDatabase>
{
    [Fact]
    public async Task AReimportBlockedByRowsReferringToTheImportedPlacesRollsBackWhole()
    {
        await using (var refer = database.DataSource.CreateCommand(
            """
            INSERT INTO historical_name (name, provenance, place_id)
            SELECT '洪洞縣', 'official', id FROM place WHERE code = '141024000000'
            """))
        {
            Assert.Equal(1, await refer.ExecuteNonQueryAsync());
        }
        var runs = await Count("SELECT count(*) FROM import_run");

        var error = await Assert.ThrowsAsync<PostgresException>(() =>
            new RealDataImporter(database.DataSource, RepositoryPaths.DataDirectory()).ImportAsync(force: true));

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, error.SqlState);
        Assert.Equal(runs, await Count("SELECT count(*) FROM import_run"));
        Assert.Equal(23391L, await Count("SELECT count(*) FROM place"));
        Assert.Equal(81L, await Count("SELECT count(*) FROM place_former_name"));
        Assert.Equal(1L, await Count("SELECT count(*) FROM historical_name h JOIN place p ON p.id = h.place_id WHERE p.code = '141024000000'"));
    }

    private async Task<long> Count(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
