using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// The checks that need the registry: the category exists, the division is current, the
/// place-name code is unique in the file and in the registry, and the place lies in its
/// county. Run inside the import's transaction, so what was checked is what is written against.
/// </summary>
internal static class ReferenceChecks
{
    /// <summary>
    /// The county polygons are simplified 2017 outlines: a true point a little outside one is a
    /// warning, one farther out than this is an error (the wrong county or wrong coordinates).
    /// </summary>
    public const double CountyToleranceMetres = 2000;

    public static async Task CheckAsync(NpgsqlConnection connection, IReadOnlyList<CheckedRecord> records, CancellationToken cancellationToken)
    {
        CheckCodesWithinFile(records);
        await CheckCategoriesAsync(connection, records, cancellationToken);
        var candidates = records.Where(r => r.Place is not null).ToList();
        await CheckDivisionsAsync(connection, candidates, cancellationToken);
        await CheckCodesInRegistryAsync(connection, candidates, cancellationToken);
        await CheckCountiesAsync(connection, candidates, cancellationToken);
    }

    private static void CheckCodesWithinFile(IReadOnlyList<CheckedRecord> records)
    {
        var byCode = records
            .Select(r => (Record: r, Code: r.Source.Values.GetValueOrDefault(PlaceColumns.Code)))
            .Where(x => x.Code is not null)
            .GroupBy(x => x.Code!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        // Every copy is refused: the file cannot tell which of them is the right record.
        foreach (var group in byCode)
            foreach (var (record, code) in group)
                record.Error($"code {code} appears more than once in the file (also at " +
                             $"{string.Join(", ", group.Where(x => x.Record != record).Select(x => x.Record.Source.Location))}); a place-name code names one place.");
    }

    /// <summary>Also for records that failed other checks, so a person sees all their problems at once.</summary>
    private static async Task CheckCategoriesAsync(NpgsqlConnection connection, IReadOnlyList<CheckedRecord> records, CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        await using (var command = new NpgsqlCommand("SELECT code, name_zh FROM place_category ORDER BY code", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
            {
                known[reader.GetString(0)] = reader.GetString(0);
                known.TryAdd(reader.GetString(1), reader.GetString(0));
            }

        foreach (var record in records)
        {
            if (record.Source.Values.GetValueOrDefault(PlaceColumns.Category) is not { } category)
                continue;
            if (known.TryGetValue(category, out var code))
            {
                if (record.Place is not null)
                    record.Place = record.Place with { Category = code };
            }
            else
                record.Error($"category '{category}' is not a known category; use a code or Chinese name from place_category" +
                             (known.Count == 0 ? " (the table is empty: import the categories first)." : $", such as {string.Join(", ", known.Keys.Take(6))}."));
        }
    }

    private static async Task CheckDivisionsAsync(NpgsqlConnection connection, List<CheckedRecord> candidates, CancellationToken cancellationToken)
    {
        var codes = candidates.Select(r => r.Place!.Division.Full).Distinct().ToArray();
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        var withdrawn = new Dictionary<string, (string Name, DateOnly Until)>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT code, name, valid_to FROM division WHERE code = ANY($1)", connection))
        {
            command.Parameters.AddWithValue(codes);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.IsDBNull(2))
                    current[reader.GetString(0)] = reader.GetString(1);
                else if (!withdrawn.TryGetValue(reader.GetString(0), out var seen) || seen.Until < reader.GetFieldValue<DateOnly>(2))
                    withdrawn[reader.GetString(0)] = (reader.GetString(1), reader.GetFieldValue<DateOnly>(2));
            }
        }

        foreach (var record in candidates)
        {
            var division = record.Place!.Division;
            if (current.ContainsKey(division.Full))
                continue;
            record.Error(withdrawn.TryGetValue(division.Full, out var old)
                ? $"division_code {division} ({old.Name}) was withdrawn on {old.Until:yyyy-MM-dd}; use the code of the division that replaced it."
                : $"division_code {division} is not a division in the registry; check the code against the current division list.");
        }
    }

    private static async Task CheckCodesInRegistryAsync(NpgsqlConnection connection, List<CheckedRecord> candidates, CancellationToken cancellationToken)
    {
        var codes = candidates.Select(r => r.Place!.Code).OfType<string>().Distinct().ToArray();
        if (codes.Length == 0)
            return;
        var registered = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT code, name FROM place WHERE code = ANY($1)", connection))
        {
            command.Parameters.AddWithValue(codes);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                registered[reader.GetString(0)] = reader.GetString(1);
        }
        foreach (var record in candidates)
            if (record.Place!.Code is { } code && registered.TryGetValue(code, out var name))
                record.Error($"code {code} is already registered (to {name}); a place-name code names one place — correct the code, or edit the registered place instead of importing it again.");
    }

    private static async Task CheckCountiesAsync(NpgsqlConnection connection, List<CheckedRecord> candidates, CancellationToken cancellationToken)
    {
        var located = candidates.Where(r => r.IsValid && r.Place!.Division.Level >= Divisions.DivisionLevel.County).ToList();
        if (located.Count == 0)
            return;
        await using var command = new NpgsqlCommand(
            """
            SELECT t.i, d.name, ST_Distance(d.boundary::geography, t.p::geography)
            FROM (SELECT i, county, ST_SetSRID(ST_MakePoint(lon, lat), 4326) AS p
                  FROM unnest($1::int[], $2::text[], $3::float8[], $4::float8[]) AS u(i, county, lon, lat)) t
            JOIN division d ON d.code = t.county AND d.valid_to IS NULL AND d.boundary IS NOT NULL
            WHERE NOT ST_Covers(d.boundary, t.p)
            """, connection);
        command.CommandTimeout = PlaceRowWriter.ImportCommandTimeoutSeconds;
        command.Parameters.AddWithValue(Enumerable.Range(0, located.Count).ToArray());
        command.Parameters.AddWithValue(located.Select(r => r.Place!.Division.Full[..6].PadRight(12, '0')).ToArray());
        command.Parameters.AddWithValue(located.Select(r => r.Place!.Point.X).ToArray());
        command.Parameters.AddWithValue(located.Select(r => r.Place!.Point.Y).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var record = located[reader.GetInt32(0)];
            var county = reader.GetString(1);
            var metres = reader.GetDouble(2);
            var point = record.Place!.Point;
            var message = $"the point ({point.X}, {point.Y}) lies {metres / 1000:0.0} km outside {county}, the county of division_code {record.Place.Division}";
            if (metres > CountyToleranceMetres)
                record.Error(message + "; check the coordinates and the division code.");
            else
                record.Warn(message + $"; within {CountyToleranceMetres / 1000:0} km the simplified county outline may be the cause, so it is imported.");
        }
    }
}
