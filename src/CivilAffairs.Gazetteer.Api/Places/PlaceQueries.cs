using System.Text;
using CivilAffairs.Gazetteer.Data.Database;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Places;

/// <summary>The SQL that reads places: pages keyset on id, counts, and batched look-ups.</summary>
internal sealed class PlaceQueries([FromKeyedServices(GazetteerDataSource.ReadsKey)] NpgsqlDataSource dataSource)
{
    private const string Columns =
        "id, code, name, specific, generic, romanized, romanized_toneless, pinyin_key, pinyin_initials, reading_needs_review, " +
        "category, status, provenance, aliases, division_code, geom, point, meaning, origin, history, valid_from, valid_to, version";

    public async Task<PlacePage> PageAsync(PlaceFilter filter, int first, long? after, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        var where = Where(filter, command);
        if (after is not null)
            where.Append(" AND id > ").Append(Parameter(command, after.Value));
        // One row more than asked tells whether a next page exists.
        command.CommandText = $"SELECT {Columns} FROM place WHERE {where} ORDER BY id LIMIT {Parameter(command, first + 1)}";
        var places = await ReadAsync(command, cancellationToken);
        var hasNext = places.Count > first;
        if (hasNext)
            places.RemoveAt(places.Count - 1);
        var hasPrevious = after is not null && await AnyUpToAsync(filter, after.Value, cancellationToken);
        return new PlacePage(places, hasNext, hasPrevious);
    }

    public async Task<int> CountAsync(PlaceFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM place WHERE {Where(filter, command)}";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task<IReadOnlyDictionary<long, PlaceRecord>> ByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM place WHERE id = ANY($1)");
        command.Parameters.AddWithValue(ids.ToArray());
        return (await ReadAsync(command, cancellationToken)).ToDictionary(p => p.Id);
    }

    public async Task<IReadOnlyDictionary<string, PlaceRecord>> ByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM place WHERE code = ANY($1)");
        command.Parameters.AddWithValue(codes.ToArray());
        return (await ReadAsync(command, cancellationToken)).ToDictionary(p => p.Code!, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyDictionary<long, IReadOnlyList<NameUse>>> FormerNamesAsync(IReadOnlyCollection<long> placeIds, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT place_id, name, from_year, to_year, approximate FROM place_former_name WHERE place_id = ANY($1) ORDER BY place_id, from_year NULLS FIRST, id");
        command.Parameters.AddWithValue(placeIds.ToArray());
        var uses = new List<NameUse>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            uses.Add(new NameUse(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3),
                reader.GetBoolean(4)));
        return uses.GroupBy(u => u.PlaceId).ToDictionary(g => g.Key, g => (IReadOnlyList<NameUse>)g.ToList());
    }

    private async Task<bool> AnyUpToAsync(PlaceFilter filter, long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        var where = Where(filter, command).Append(" AND id <= ").Append(Parameter(command, id));
        command.CommandText = $"SELECT EXISTS (SELECT 1 FROM place WHERE {where})";
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static StringBuilder Where(PlaceFilter filter, NpgsqlCommand command)
    {
        var where = new StringBuilder("true");
        foreach (var prefix in filter.DivisionPrefixes)
            where.Append(" AND division_code LIKE ").Append(Parameter(command, prefix + "%"));
        if (filter.Categories.Count > 0)
            where.Append(" AND category = ANY(").Append(Parameter(command, filter.Categories.ToArray())).Append(')');
        if (filter.Statuses.Count > 0)
            where.Append(" AND status = ANY(").Append(Parameter(command, filter.Statuses.Select(Stored).ToArray())).Append(')');
        if (filter.Provenances.Count > 0)
            where.Append(" AND provenance = ANY(").Append(Parameter(command, filter.Provenances.Select(Stored).ToArray())).Append(')');
        if (filter.BoundingBox is { } box)
            where.Append(" AND ST_Intersects(geom, ST_MakeEnvelope(")
                .Append(Parameter(command, box.MinLon)).Append(", ").Append(Parameter(command, box.MinLat)).Append(", ")
                .Append(Parameter(command, box.MaxLon)).Append(", ").Append(Parameter(command, box.MaxLat)).Append(", 4326))");
        return where;
    }

    private static string Parameter<T>(NpgsqlCommand command, T value)
    {
        command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return "$" + command.Parameters.Count;
    }

    private static string Stored<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    private static TEnum Parse<TEnum>(string stored) where TEnum : struct, Enum => Enum.Parse<TEnum>(stored, ignoreCase: true);

    private static async Task<List<PlaceRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var places = new List<PlaceRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
            DateOnly? Date(int i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateOnly>(i);
            var romanized = Text(5);
            places.Add(new PlaceRecord(
                Id: reader.GetInt64(0),
                Code: Text(1),
                Name: reader.GetString(2),
                Specific: Text(3),
                Generic: Text(4),
                Romanization: romanized is null
                    ? null
                    : new StoredRomanization(romanized, Text(6) ?? romanized, Text(7) ?? "", Text(8) ?? "", reader.GetBoolean(9)),
                Category: reader.GetString(10),
                Status: Parse<PlaceStatus>(reader.GetString(11)),
                Provenance: Parse<Provenance>(reader.GetString(12)),
                Aliases: reader.GetFieldValue<string[]>(13),
                DivisionCode: Text(14),
                Geometry: reader.GetFieldValue<Geometry>(15),
                Point: reader.GetFieldValue<Point>(16),
                Meaning: Text(17),
                Origin: Text(18),
                History: Text(19),
                ValidFrom: Date(20),
                ValidTo: Date(21),
                Version: reader.GetInt32(22)));
        }
        return places;
    }
}
