using CivilAffairs.Gazetteer.Data.Changes;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Tests.Changes;

/// <summary>
/// Writes to places the way the registry's writers do: the row and its change_log row (the row's
/// image after the write, <see cref="PlaceImage"/>) in one transaction, the log row last.
/// </summary>
public sealed class RegistryWrites(NpgsqlDataSource dataSource)
{
    private const string Actor = "change feed test";

    /// <summary>A new place, as an approved naming proposal adds it; returns its id.</summary>
    public Task<long> InsertAsync(string name, string category, string divisionCode, double lon, double lat) => LoggedAsync(
        $"""
        INSERT INTO place (name, category, division_code, geom, point, provenance, romanized, registered_by)
        VALUES ($1, $2, $3, ST_SetSRID(ST_MakePoint($4, $5), 4326), ST_SetSRID(ST_MakePoint($4, $5), 4326), 'collected', $6, '{Actor}')
        RETURNING {PlaceImage.Columns}
        """, "insert", name, category, divisionCode, lon, lat, "test " + name);

    /// <summary>A rename or an edit of the record: a new version of the row.</summary>
    public Task<long> RenameAsync(long id, string name, string[] aliases) => LoggedAsync(
        $"UPDATE place SET name = $2, aliases = $3, version = version + 1 WHERE id = $1 RETURNING {PlaceImage.Columns}",
        "update", id, name, aliases);

    /// <summary>Retirement: the row stays, with its status and the day it ended.</summary>
    public Task<long> RetireAsync(long id) => LoggedAsync(
        $"UPDATE place SET status = 'retired', valid_to = DATE '2026-11-01', version = version + 1 WHERE id = $1 RETURNING {PlaceImage.Columns}",
        "retire", id);

    /// <summary>A write that fails half-way: its change_log number is drawn and lost, leaving a hole in the sequence.</summary>
    public async Task RolledBackRenameAsync(long id, string name)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(Logged(
            $"UPDATE place SET name = $2, version = version + 1 WHERE id = $1 RETURNING {PlaceImage.Columns}", "update"), connection, transaction);
        command.Parameters.AddWithValue(id);
        command.Parameters.AddWithValue(name);
        await command.ExecuteScalarAsync();
        await transaction.RollbackAsync();
    }

    private async Task<long> LoggedAsync(string write, string op, params object[] values)
    {
        await using var command = dataSource.CreateCommand(Logged(write, op));
        foreach (var value in values)
            command.Parameters.AddWithValue(value);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string Logged(string write, string op) => $"""
        WITH written AS ({write})
        INSERT INTO change_log (entity, entity_id, op, actor, after)
        SELECT 'place', id::text, '{op}', '{Actor}', to_jsonb(written) FROM written
        RETURNING entity_id::bigint
        """;
}
