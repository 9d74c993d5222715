using System.Text;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>The SQL that reads historical names, their citations and lineage events, and the dynasty table.</summary>
internal sealed class HistoricalNameQueries(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "id, name, name_traditional, coalesce(reading, romanized), pinyin_key, feature_type, begin_year, end_year, begin_precision, end_precision, " +
        "begin_approximate, end_approximate, arose_era, arose_year, dynasty, status, geom, location, meaning, origin, evolution, " +
        "list_level, list_batch, list_date, list_category, evidence, protection_measures, place_id, division_code, source_id, provenance";

    public async Task<(List<HistoricalNameRecord> Names, bool HasNext, bool HasPrevious)> PageAsync(
        HistoricalNameFilter filter, int first, long? after, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        var where = Where(filter, command);
        var page = new StringBuilder(where.ToString());
        if (after is not null)
            page.Append(" AND id > ").Append(Parameter(command, after.Value));
        command.CommandText = $"SELECT {Columns} FROM historical_name WHERE {page} ORDER BY id LIMIT {Parameter(command, first + 1)}";
        var names = await ReadAsync(command, cancellationToken);
        var hasNext = names.Count > first;
        if (hasNext) names.RemoveAt(names.Count - 1);
        var hasPrevious = false;
        if (after is not null)
        {
            await using var before = dataSource.CreateCommand();
            var earlier = Where(filter, before).Append(" AND id <= ").Append(Parameter(before, after.Value));
            before.CommandText = $"SELECT EXISTS (SELECT 1 FROM historical_name WHERE {earlier})";
            hasPrevious = (bool)(await before.ExecuteScalarAsync(cancellationToken))!;
        }
        return (names, hasNext, hasPrevious);
    }

    /// <summary>The list categories the registry's names carry (千年古县, 古镇, ...), in order.</summary>
    public async Task<IReadOnlyList<string>> CategoriesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT DISTINCT list_category FROM historical_name WHERE list_category IS NOT NULL ORDER BY list_category");
        var categories = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            categories.Add(reader.GetString(0));
        return categories;
    }

    public async Task<int> CountAsync(HistoricalNameFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM historical_name WHERE {Where(filter, command)}";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    public async Task<IReadOnlyDictionary<long, HistoricalNameRecord>> ByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM historical_name WHERE id = ANY($1)");
        command.Parameters.AddWithValue(ids.ToArray());
        return (await ReadAsync(command, cancellationToken)).ToDictionary(n => n.Id);
    }

    public async Task<IReadOnlyDictionary<long, IReadOnlyList<Citation>>> CitationsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT historical_name_id, source, page, note, certainty FROM citation WHERE historical_name_id = ANY($1) ORDER BY historical_name_id, id");
        command.Parameters.AddWithValue(ids.ToArray());
        var citations = new List<Citation>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            citations.Add(new Citation(reader.GetInt64(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4)));
        return citations.GroupBy(c => c.HistoricalNameId).ToDictionary(g => g.Key, g => (IReadOnlyList<Citation>)g.ToList());
    }

    /// <summary>The lineage events each name takes part in, oldest first.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<NameEvent>>> EventsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT e.id, e.kind, e.year, e.approximate, e.note, e.source, e.provenance, l.role, l.name, l.historical_name_id, l.division_id
            FROM name_event e JOIN name_event_link l ON l.event_id = e.id
            WHERE e.id IN (SELECT event_id FROM name_event_link WHERE historical_name_id = ANY($1))
            ORDER BY e.year, e.id, l.role DESC, l.name
            """);
        command.Parameters.AddWithValue(ids.ToArray());
        var events = new List<NameEvent>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            NameEvent? current = null;
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                if (current?.Id != id)
                {
                    current = new NameEvent(id, reader.GetString(1), reader.GetInt32(2), reader.GetBoolean(3), Text(reader, 4), Text(reader, 5),
                        reader.GetString(6), new List<NameEventSide>(), new List<NameEventSide>());
                    events.Add(current);
                }
                var side = new NameEventSide(reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetInt64(9), reader.IsDBNull(10) ? null : reader.GetInt64(10));
                ((List<NameEventSide>)(reader.GetString(7) == "from" ? current.From : current.To)).Add(side);
            }
        }
        return ids.ToDictionary(id => id, id => (IReadOnlyList<NameEvent>)events.Where(e => e.Involves(id)).ToList());
    }

    public async Task<IReadOnlyList<Dynasty>> DynastiesAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT name, name_en, aliases, start_year, end_year, source FROM dynasty ORDER BY sequence");
        var dynasties = new List<Dynasty>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            dynasties.Add(new Dynasty(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<string[]>(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetInt32(4), reader.GetString(5)));
        return dynasties;
    }

    /// <summary>
    /// In use during [from, to]: begun by the range's end and not ended before its start. An unknown
    /// end counts as still in use; a name with no known start matches no year range.
    /// </summary>
    private static StringBuilder Where(HistoricalNameFilter filter, NpgsqlCommand command)
    {
        var where = new StringBuilder("true");
        if (filter.Ids is { } ids)
            where.Append(" AND id = ANY(").Append(Parameter(command, ids.ToArray())).Append(')');
        Overlap(where, command, filter.FromYear, filter.ToYear);
        if (filter.Dynasty is { } dynasty)
            Overlap(where, command, dynasty.StartYear, dynasty.EndYear ?? int.MaxValue);
        if (filter.ListLevel is { } level)
            where.Append(" AND list_level = ").Append(Parameter(command, level));
        if (filter.Category is { } category)
            where.Append(" AND list_category = ").Append(Parameter(command, category));
        if (filter.Status is { } status)
            where.Append(" AND status = ").Append(Parameter(command, status));
        if (filter.DivisionPrefix is { } prefix)
            where.Append(" AND division_code LIKE ").Append(Parameter(command, prefix + "%"));
        // Lies inside the area: a location on its boundary, or an area reaching out of it, does not.
        if (filter.Within is { } area)
            where.Append(" AND ST_Within(geom, ").Append(Parameter(command, (Geometry)area)).Append(')');
        return where;
    }

    private static void Overlap(StringBuilder where, NpgsqlCommand command, int? from, int? to)
    {
        if (from is null && to is null) return;
        where.Append(" AND begin_year IS NOT NULL");
        if (to is { } end)
            where.Append(" AND begin_year <= ").Append(Parameter(command, end));
        if (from is { } start)
            where.Append(" AND (end_year IS NULL OR end_year >= ").Append(Parameter(command, start)).Append(')');
    }

    private static string Parameter<T>(NpgsqlCommand command, T value)
    {
        command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return "$" + command.Parameters.Count;
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static async Task<List<HistoricalNameRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var names = new List<HistoricalNameRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            names.Add(new HistoricalNameRecord(
                reader.GetInt64(0), reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5),
                new HistoricalSpan(
                    reader.IsDBNull(6) ? null : reader.GetInt32(6), reader.IsDBNull(7) ? null : reader.GetInt32(7),
                    reader.GetString(8), reader.GetString(9), reader.GetBoolean(10), reader.GetBoolean(11)),
                Text(reader, 12), reader.IsDBNull(13) ? null : reader.GetInt32(13), Text(reader, 14), Text(reader, 15),
                reader.IsDBNull(16) ? null : reader.GetFieldValue<Geometry>(16), Text(reader, 17), Text(reader, 18), Text(reader, 19), Text(reader, 20),
                Text(reader, 21), Text(reader, 22), reader.IsDBNull(23) ? null : reader.GetFieldValue<DateOnly>(23), Text(reader, 24), Text(reader, 25),
                reader.GetFieldValue<string[]>(26), reader.IsDBNull(27) ? null : reader.GetInt64(27), Text(reader, 28), Text(reader, 29), reader.GetString(30)));
        return names;
    }
}
