using System.Runtime.CompilerServices;
using System.Text;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>
/// The SQL that reads places: filtered pages keyset on (sort key, id) in either direction,
/// counts, a stream of everything a filter selects (export), and batched look-ups.
/// Shared by the API and the command line.
/// </summary>
public sealed class PlaceQueries(NpgsqlDataSource dataSource)
{
    private const string Columns =
        "id, code, name, specific, generic, romanized, romanized_toneless, pinyin_key, pinyin_initials, reading_needs_review, " +
        "category, status, provenance, aliases, division_code, geom, point, meaning, origin, history, valid_from, valid_to, version";

    /// <summary>The columns of a page: all but the geometry, which a page of polygons would drag along unasked.</summary>
    private const string PageColumns =
        "id, code, name, specific, generic, romanized, romanized_toneless, pinyin_key, pinyin_initials, reading_needs_review, " +
        "category, status, provenance, aliases, division_code, NULL::geometry, point, meaning, origin, history, valid_from, valid_to, version";

    /// <exception cref="InvalidPlaceQueryException">The order needs what the filter lacks, or a named division has no polygon.</exception>
    public async Task<PlacePage> PageAsync(PlacePageRequest request, CancellationToken cancellationToken)
    {
        var (filter, order) = (request.Filter, request.Order);
        CheckOrder(filter, order);
        await CheckDivisionPolygonAsync(filter, cancellationToken);
        var forward = request.Last is null;
        var size = request.First ?? request.Last ?? 0;
        var direction = forward ? "ASC" : "DESC";
        List<PlaceRecord> places;
        List<object> keys;
        if (IsBoxInIdOrder(filter, order))
        {
            // Planning this statement cost about as much CPU as running it: prepared, the server plans
            // it once per pooled connection (one text per number of cells under the box; the cursors add a variant or two).
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var prepared = connection.CreateCommand();
            prepared.CommandText = BoxPageInIdOrder(filter.BoundingBox!, request, direction, size, prepared);
            await prepared.PrepareAsync(cancellationToken);
            (places, keys) = await ReadWithKeysAsync(prepared, cancellationToken);
        }
        else
        {
            await using var command = dataSource.CreateCommand();
            var key = SortKey(filter, order, command);
            var where = Where(filter, command);
            if (request.After is { } after)
                where.Append(" AND ").Append(Bound(key, ">", after, command));
            if (request.Before is { } before)
                where.Append(" AND ").Append(Bound(key, "<", before, command));
            // One row more than asked tells whether the list goes on in the direction of reading.
            command.CommandText = $"SELECT {PageColumns}, {key} FROM place WHERE {where} ORDER BY {key} {direction}, id {direction} LIMIT {Parameter(command, size + 1)}";
            (places, keys) = await ReadWithKeysAsync(command, cancellationToken);
        }
        var more = places.Count > size;
        if (more)
        {
            places.RemoveAt(places.Count - 1);
            keys.RemoveAt(keys.Count - 1);
        }
        if (!forward)
        {
            places.Reverse();
            keys.Reverse();
        }
        var cursors = places.Select((p, i) => PlaceCursor.Of(order, p.Id, keys[i])).ToList();
        bool hasNext, hasPrevious;
        if (forward)
        {
            hasNext = more;
            hasPrevious = request.After is { } a && await AnyBeyondAsync(filter, order, a, "<=", cancellationToken);
        }
        else
        {
            hasPrevious = more;
            hasNext = request.Before is { } b && await AnyBeyondAsync(filter, order, b, ">=", cancellationToken);
        }
        return new PlacePage(places, cursors, hasNext, hasPrevious);
    }

    /// <exception cref="InvalidPlaceQueryException">A named division has no polygon.</exception>
    public async Task<int> CountAsync(PlaceFilter filter, CancellationToken cancellationToken)
    {
        await CheckDivisionPolygonAsync(filter, cancellationToken);
        await using var command = dataSource.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM place WHERE {Where(filter, command)}";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }

    /// <summary>Every place the filter selects, in the order asked, read as the database sends them (one query, not pages).</summary>
    /// <exception cref="InvalidPlaceQueryException">The order needs what the filter lacks, or a named division has no polygon.</exception>
    public async IAsyncEnumerable<PlaceRecord> StreamAsync(PlaceFilter filter, PlaceOrder order, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        CheckOrder(filter, order);
        await CheckDivisionPolygonAsync(filter, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var key = SortKey(filter, order, command);
        command.CommandText = $"SELECT {Columns} FROM place WHERE {Where(filter, command)} ORDER BY {key}, id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return Read(reader);
    }

    public async Task<IReadOnlyDictionary<long, PlaceRecord>> ByIdsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM place WHERE id = ANY($1)");
        command.Parameters.AddWithValue(ids.ToArray());
        return (await ReadAsync(command, cancellationToken)).ToDictionary(p => p.Id);
    }

    public async Task<IReadOnlyDictionary<long, Geometry>> GeometriesAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT id, geom FROM place WHERE id = ANY($1)");
        command.Parameters.AddWithValue(ids.ToArray());
        var geometries = new Dictionary<long, Geometry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            geometries[reader.GetInt64(0)] = reader.GetFieldValue<Geometry>(1);
        return geometries;
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

    private async Task<bool> AnyBeyondAsync(PlaceFilter filter, PlaceOrder order, PlaceCursor cursor, string comparison, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand();
        var key = SortKey(filter, order, command);
        var where = Where(filter, command).Append(" AND ").Append(Bound(key, comparison, cursor, command));
        command.CommandText = $"SELECT EXISTS (SELECT 1 FROM place WHERE {where})";
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task CheckDivisionPolygonAsync(PlaceFilter filter, CancellationToken cancellationToken)
    {
        if (filter.InDivision is not { } code)
            return;
        await using var command = dataSource.CreateCommand("SELECT boundary IS NOT NULL FROM division WHERE code = $1 AND valid_to IS NULL");
        command.Parameters.AddWithValue(code.Full);
        var hasPolygon = await command.ExecuteScalarAsync(cancellationToken);
        if (hasPolygon is null)
            throw new InvalidPlaceQueryException($"filter.inDivision: no current division has code {code.Short}.");
        if (hasPolygon is false)
            throw new InvalidPlaceQueryException(
                $"filter.inDivision: division {code.Short} has no polygon (the registry holds them for the province, cities and counties). Use divisionCode: \"{code.Short}\" to select by the places' division codes instead.");
    }

    private static void CheckOrder(PlaceFilter filter, PlaceOrder order)
    {
        if (order == PlaceOrder.Distance && filter.Near is null)
            throw new InvalidPlaceQueryException("orderBy DISTANCE needs filter.near, the point to measure from: filter: { near: { lon: 111.67, lat: 36.25 } }.");
    }

    /// <summary>A bbox alone in id order, what a map asks while panning: the page has its own plan.</summary>
    private static bool IsBoxInIdOrder(PlaceFilter filter, PlaceOrder order) =>
        order == PlaceOrder.Id && filter.BoundingBox is not null
        && filter is { DivisionPrefixes.Count: 0, Categories.Count: 0, Statuses.Count: 0, Provenances.Count: 0, Text: null, Near: null, InDivision: null }
        && filter.Polygons is null or { Count: 0 };

    /// <summary>
    /// A page of a bbox in id order. A box of a few cells merges their runs of place_cell (migration
    /// 083), each already in id order, and stops once the page is full; a larger box takes the ids
    /// from an index-only scan of place_bounds (id included), sorted. Walking the ids in order,
    /// ST_Intersects reads the pieces only of the lines and polygons crossing the box's edge among
    /// those the page needs. Then only the page's rows are read.
    /// </summary>
    private static string BoxPageInIdOrder(BoundingBox box, PlacePageRequest request, string direction, int size, NpgsqlCommand command)
    {
        var bounds = Bounds(box, command);
        var after = request.After is { } a ? Parameter(command, a.Id) : null;
        var before = request.Before is { } b ? Parameter(command, b.Id) : null;
        string Cursor(string id) => (after is null ? "" : $" AND {id} > {after}") + (before is null ? "" : $" AND {id} < {before}");
        var candidates = PlaceCells.Covering(box) is { } cells
            ? FiledCandidates(cells, bounds, Cursor("c.place_id"), direction, command)
            : $"SELECT c.id, {bounds.Inside("c.")} AS inside FROM place c WHERE {bounds.Overlaps("c.")}{Cursor("c.id")} ORDER BY c.id {direction} OFFSET 0";
        // OFFSET 0 and DISTINCT keep the exact test above the ordering, where the LIMIT stops it;
        // pushed down into the scan it would run for every candidate.
        return $"""
            WITH page AS (
                SELECT candidate.id FROM ({candidates}) candidate
                WHERE candidate.inside OR {bounds.Intersects("candidate.")}
                LIMIT {Parameter(command, size + 1)}
            )
            SELECT {PageColumns}, place.id FROM page JOIN place USING (id) ORDER BY page.id {direction}
            """;
    }

    /// <summary>
    /// The places filed under the cells, merged in id order, each once. The huge LIMIT of each run
    /// changes nothing but keeps its ORDER BY, so the planner merges the ordered runs (Merge Append)
    /// instead of sorting them all; unlimited, it mistakes each run for a row or two and sorts.
    /// </summary>
    private static string FiledCandidates(IReadOnlyList<int> cells, BoundsCondition bounds, string cursor, string direction, NpgsqlCommand command)
    {
        var runs = cells.Select(cell =>
            $"(SELECT c.place_id AS id, {bounds.InsideCorners("c.")} AS inside FROM place_cell c " +
            $"WHERE c.cell = {Parameter(command, cell)} AND {bounds.OverlapsCorners("c.")}{cursor} ORDER BY c.place_id {direction} LIMIT 1000000000)");
        return $"SELECT DISTINCT ON (id) id, inside FROM ({string.Join(" UNION ALL ", runs)}) filed ORDER BY id {direction}";
    }

    /// <summary>The SQL expression a page is ordered by before id; id alone for the id order.</summary>
    private static string SortKey(PlaceFilter filter, PlaceOrder order, NpgsqlCommand command) => order switch
    {
        PlaceOrder.Name => "name",
        // '~' sorts after every letter and digit of a key, so names without a reading come last.
        PlaceOrder.Pinyin => "coalesce(nullif(pinyin_key, ''), '~')",
        PlaceOrder.Distance => $"ST_Distance(geom::geography, {Parameter(command, (Geometry)filter.Near!.Center)}::geography)",
        _ => "id",
    };

    private static string Bound(string key, string comparison, PlaceCursor cursor, NpgsqlCommand command) => cursor.Order switch
    {
        PlaceOrder.Id => $"id {comparison} {Parameter(command, cursor.Id)}",
        PlaceOrder.Distance => $"({key}, id) {comparison} ({Parameter(command, cursor.Meters)}, {Parameter(command, cursor.Id)})",
        _ => $"({key}, id) {comparison} ({Parameter(command, cursor.Key!)}, {Parameter(command, cursor.Id)})",
    };

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
            where.Append(" AND ").Append(Bounds(box, command).Matches("place."));
        if (filter.Text is { } text)
        {
            var pattern = "%" + EscapeLike(text) + "%";
            var key = new string(text.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
            where.Append(" AND (name LIKE ").Append(Parameter(command, pattern))
                .Append(" OR EXISTS (SELECT 1 FROM unnest(aliases) AS alias WHERE alias LIKE $").Append(command.Parameters.Count).Append(')');
            if (key.Length > 0)
                where.Append(" OR pinyin_key LIKE ").Append(Parameter(command, EscapeLike(key) + "%"));
            where.Append(')');
        }
        if (filter.Near is { Meters: { } meters } near)
            where.Append(" AND ST_DWithin(geom::geography, ").Append(Parameter(command, (Geometry)near.Center)).Append("::geography, ")
                .Append(Parameter(command, meters)).Append(')');
        foreach (var polygon in filter.Polygons ?? [])
            where.Append(polygon.Relation == SpatialRelation.Within ? " AND ST_Within(geom, " : " AND ST_Intersects(geom, ")
                .Append(Parameter(command, polygon.Polygon)).Append(')');
        if (filter.InDivision is { } division)
            where.Append(" AND ST_Within(geom, (SELECT boundary FROM division WHERE valid_to IS NULL AND code = ")
                .Append(Parameter(command, division.Full)).Append("))");
        return where;
    }

    private static BoundsCondition Bounds(BoundingBox box, NpgsqlCommand command) => new(
        Parameter(command, box.MinLon), Parameter(command, box.MinLat), Parameter(command, box.MaxLon), Parameter(command, box.MaxLat));

    private static string EscapeLike(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

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
            places.Add(Read(reader));
        return places;
    }

    private static async Task<(List<PlaceRecord> Places, List<object> Keys)> ReadWithKeysAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var places = new List<PlaceRecord>();
        var keys = new List<object>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            places.Add(Read(reader));
            keys.Add(reader.GetValue(23));
        }
        return (places, keys);
    }

    private static PlaceRecord Read(NpgsqlDataReader reader)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        DateOnly? Date(int i) => reader.IsDBNull(i) ? null : reader.GetFieldValue<DateOnly>(i);
        var romanized = Text(5);
        return new PlaceRecord(
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
            Geometry: reader.IsDBNull(15) ? null : reader.GetFieldValue<Geometry>(15),
            Point: reader.GetFieldValue<Point>(16),
            Meaning: Text(17),
            Origin: Text(18),
            History: Text(19),
            ValidFrom: Date(20),
            ValidTo: Date(21),
            Version: reader.GetInt32(22));
    }
}
