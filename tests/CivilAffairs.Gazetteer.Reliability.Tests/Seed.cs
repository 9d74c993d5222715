using Npgsql;

namespace CivilAffairs.Gazetteer.Reliability.Tests;

/// <summary>
/// A few made-up places under city 1499 (a code Shanxi does not use), provenance 'sample': enough
/// for the service to start, search and page, small enough that every node builds its index at once.
/// </summary>
public static class Seed
{
    public const string Category = "test_village";
    public const string Division = "149901100000";
    public const int Places = 20;

    public static async Task ApplyAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(
            $$"""
            INSERT INTO place_category (code, name_zh, name_en, census_class)
            VALUES ('{{Category}}', '自然村', 'natural village (test)', 'settlement');
            INSERT INTO division (code, level, name, parent_code, is_statistical_zone, provenance)
            VALUES ('140000000000', 'province', '山西省', NULL, false, 'sample'),
                   ('149900000000', 'city', '样例市', '140000000000', false, 'sample'),
                   ('149901000000', 'county', '样例县', '149900000000', false, 'sample'),
                   ('{{Division}}', 'township', '甲镇', '149901000000', false, 'sample');
            INSERT INTO place (name, specific, generic, category, division_code, geom, point, provenance)
            SELECT '样例' || i || '庄', '样例' || i, '庄', '{{Category}}', '{{Division}}', pt, pt, 'sample'
            FROM generate_series(1, {{Places}}) i
            CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(111.6 + i * 0.001, 36.2), 4326) AS pt) p;
            """);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>SQL that registers a new place the way every write does: the row and its change_log entry in one transaction.</summary>
    public static string NewPlaceSql(string name) =>
        $$"""
        WITH p AS (
          INSERT INTO place (name, category, division_code, geom, point, provenance)
          VALUES ('{{name}}', '{{Category}}', '{{Division}}', ST_SetSRID(ST_MakePoint(111.7, 36.3), 4326), ST_SetSRID(ST_MakePoint(111.7, 36.3), 4326), 'sample')
          RETURNING id)
        INSERT INTO change_log (entity, entity_id, op, actor)
        SELECT 'place', id::text, 'insert', 'test' FROM p;
        """;
}
