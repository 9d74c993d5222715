using System.Runtime.CompilerServices;
using CivilAffairs.Gazetteer.Chinese;
using Npgsql;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Reads what the index holds from PostGIS: every place, the divisions that have no place of their
/// own, the historical names and the points of interest that are not rejected or merged.
/// </summary>
internal sealed class IndexedPlaceReader(NpgsqlDataSource dataSource)
{
    public static readonly IReadOnlyList<string> Kinds = ["place", "division", "historical_name", "poi"];

    private const string PlaceSql =
        """
        SELECT p.id, p.code, p.name, array_remove(p.aliases || p.short_name, NULL),
               coalesce((SELECT array_agg(f.name ORDER BY f.id) FROM place_former_name f WHERE f.place_id = p.id), '{}'),
               array_remove(ARRAY[p.name_traditional], NULL), p.pinyin_key, p.romanized_toneless, p.pinyin_initials,
               p.division_code, p.category, p.status, p.provenance, ST_X(p.point), ST_Y(p.point)
        FROM place p
        """;

    // A division whose own place exists is found through that place; the rest are indexed as divisions.
    private const string DivisionSql =
        """
        SELECT d.id, d.code, d.name, array_remove(ARRAY[d.short_name], NULL), '{}'::text[], '{}'::text[], NULL, NULL, NULL,
               d.code,
               CASE WHEN d.level <> 'village' THEN d.level
                    WHEN substr(d.code, 10, 3)::int < 200 THEN 'community' ELSE 'village_committee' END,
               CASE WHEN d.valid_to IS NULL THEN 'current' ELSE 'historical' END, d.provenance,
               ST_X(coalesce(d.point, ST_PointOnSurface(d.boundary))), ST_Y(coalesce(d.point, ST_PointOnSurface(d.boundary)))
        FROM division d
        WHERE NOT EXISTS (SELECT 1 FROM place p WHERE p.code = d.code)
        """;

    private const string HistoricalNameSql =
        $$"""
        SELECT h.id, NULL, h.name, '{}'::text[], {{HistorianSearch.FormerNamesSql}}, array_remove(ARRAY[h.name_traditional], NULL),
               h.pinyin_key, h.romanized, NULL, h.division_code, 'historical_name', 'historical', h.provenance,
               ST_X(ST_PointOnSurface(h.geom)), ST_Y(ST_PointOnSurface(h.geom)), {{HistorianSearch.StorySql}}
        FROM historical_name h
        """;

    private const string PoiSql =
        """
        SELECT o.id, NULL, o.name, '{}'::text[], '{}'::text[], '{}'::text[], o.pinyin_key, NULL, NULL, o.division_code, o.category,
               CASE o.state WHEN 'accepted' THEN 'current' ELSE 'proposed' END, o.provenance, ST_X(o.geom), ST_Y(o.geom)
        FROM poi o
        WHERE o.state IN ('pending', 'accepted')
        """;

    /// <summary>Rows a full build reads, near enough (divisions with a place of their own are counted too): for progress only.</summary>
    public async Task<long> CountAllAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT (SELECT count(*) FROM place) + (SELECT count(*) FROM division) + (SELECT count(*) FROM historical_name) + (SELECT count(*) FROM poi)");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async IAsyncEnumerable<IndexedPlace> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var kind in Kinds)
        {
            await using var command = new NpgsqlCommand(SqlFor(kind), connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                yield return Read(kind, reader);
        }
    }

    /// <summary>The current state of the given rows; a row missing from the answer is no longer searchable.</summary>
    public async Task<IReadOnlyList<IndexedPlace>> ReadAsync(string kind, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var alias = kind switch { "place" => "p", "division" => "d", "historical_name" => "h", _ => "o" };
        var where = kind == "poi" || kind == "division" ? " AND " : " WHERE ";
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(SqlFor(kind) + where + alias + ".id = ANY($1)", connection);
        command.Parameters.AddWithValue(ids.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var places = new List<IndexedPlace>();
        while (await reader.ReadAsync(cancellationToken))
            places.Add(Read(kind, reader));
        return places;
    }

    /// <summary>The current division rows with this code, so a division is re-read when its place goes away.</summary>
    public async Task<IReadOnlyList<long>> DivisionIdsAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT id FROM division WHERE code = ANY($1)", connection);
        command.Parameters.AddWithValue(codes.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<long>();
        while (await reader.ReadAsync(cancellationToken))
            ids.Add(reader.GetInt64(0));
        return ids;
    }

    private static string SqlFor(string kind) => kind switch
    {
        "place" => PlaceSql,
        "division" => DivisionSql,
        "historical_name" => HistoricalNameSql,
        "poi" => PoiSql,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an indexed entity."),
    };

    private static IndexedPlace Read(string kind, NpgsqlDataReader reader)
    {
        var place = ReadRow(kind, reader);
        if (kind == "historical_name" && !reader.IsDBNull(15))
            place = place with { Story = reader.GetString(15) };
        if (place.PinyinKey is not null && place.PinyinWords.Count > 0 && place.Initials is not null && place.TraditionalNames.Count > 0)
            return place;
        // Divisions, points of interest and some historical names carry no romanization or
        // traditional form in PostGIS: the index derives them, as the importer would.
        var romanization = PlaceNameRomanizer.Shared.Romanize(place.Name);
        var traditional = ChineseScript.ToTraditional(place.Name);
        return place with
        {
            PinyinKey = place.PinyinKey ?? NullIfEmpty(romanization.Key),
            PinyinWords = place.PinyinWords.Count > 0 ? place.PinyinWords : romanization.Toneless.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Initials = place.Initials ?? NullIfEmpty(romanization.Initials),
            TraditionalNames = place.TraditionalNames.Count > 0 || traditional == place.Name ? place.TraditionalNames : [traditional],
        };
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static IndexedPlace ReadRow(string kind, NpgsqlDataReader reader)
    {
        var category = reader.GetString(10);
        var toneless = reader.IsDBNull(7) ? null : reader.GetString(7);
        return new IndexedPlace(
            kind,
            reader.GetInt64(0),
            reader.IsDBNull(1) ? null : reader.GetString(1),
            reader.GetString(2),
            reader.GetFieldValue<string[]>(3),
            reader.GetFieldValue<string[]>(4),
            reader.GetFieldValue<string[]>(5),
            reader.IsDBNull(6) ? null : reader.GetString(6),
            toneless is null ? [] : toneless.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            reader.IsDBNull(8) ? null : reader.GetString(8),
            reader.IsDBNull(9) ? null : reader.GetString(9),
            category,
            reader.GetString(11),
            reader.GetString(12),
            AdminLevelWeight.Of(category),
            reader.IsDBNull(13) ? null : reader.GetDouble(13),
            reader.IsDBNull(14) ? null : reader.GetDouble(14));
    }
}
