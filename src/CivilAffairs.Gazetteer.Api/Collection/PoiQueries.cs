using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Divisions;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Collection;

/// <summary>Reads of collected names: by id, and pages by review state and division-code prefix (keyset on id).</summary>
internal sealed class PoiQueries(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "id, name, category, geom, division_code, state, collected_by, collected_at, photo, note, place_id, provenance, version, duplicates::text, reviewed_by, reviewed_at, review_note";

    public async Task<PoiRecord?> ByIdAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM poi WHERE id = $1");
        command.Parameters.AddWithValue(id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<(IReadOnlyList<PoiRecord> Items, bool HasMore, int Total)> PageAsync(
        string? state, string? divisionCode, int first, long? after, CancellationToken cancellationToken)
    {
        var prefix = "";
        if (divisionCode is not null)
            prefix = DivisionCode.TryParse(divisionCode, out var code) ? code.Short : throw new BadUserInputError(DivisionCode.Explain(divisionCode));
        const string Where = "(@state = '' OR state = @state) AND coalesce(division_code, '') LIKE @prefix";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var page = new NpgsqlCommand($"SELECT {Columns} FROM poi WHERE {Where} AND id > @after ORDER BY id LIMIT @limit", connection);
        page.Parameters.AddWithValue("state", state ?? "");
        page.Parameters.AddWithValue("prefix", prefix + "%");
        page.Parameters.AddWithValue("after", after ?? 0);
        page.Parameters.AddWithValue("limit", first + 1);
        var items = await ReadAsync(page, cancellationToken);
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM poi WHERE {Where}", connection);
        count.Parameters.AddWithValue("state", state ?? "");
        count.Parameters.AddWithValue("prefix", prefix + "%");
        var total = (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;
        return (items.Take(first).ToList(), items.Count > first, total);
    }

    private static async Task<List<PoiRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<PoiRecord>();
        while (await reader.ReadAsync(cancellationToken))
            list.Add(new PoiRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<Point>(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetInt64(10),
                reader.GetString(11), reader.GetInt32(12), reader.GetString(13), reader.IsDBNull(14) ? null : reader.GetString(14),
                reader.IsDBNull(15) ? null : reader.GetFieldValue<DateTimeOffset>(15), reader.IsDBNull(16) ? null : reader.GetString(16)));
        return list;
    }
}
