using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>
/// A small made-up hierarchy under city 1499, a code Shanxi does not use, so tests know every
/// row beneath it whatever else the template holds. Every row is provenance 'sample'.
/// </summary>
public static class SampleHierarchy
{
    public const string City = "1499";
    public const string County = "149901";
    public const string Zone = "149971";
    public const string Town = "149901100";
    public const string Township = "149901200";
    public const int NaturalPlaces = 30;

    /// <summary>Every place under 1499: one per division below the province, and the natural places.</summary>
    public const int AllPlaces = 8 + NaturalPlaces;

    public static async Task ApplyAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand(
            $$"""
            INSERT INTO division (code, level, name, parent_code, is_statistical_zone, provenance, valid_from, boundary, point)
            VALUES
              ('140000000000', 'province', '山西省', NULL, false, 'sample', NULL, NULL, NULL),
              ('149900000000', 'city', '样例市', '140000000000', false, 'sample', '2023-01-01', NULL, NULL),
              ('149901000000', 'county', '样例县', '149900000000', false, 'sample', '2023-01-01',
                 ST_Multi(ST_MakeEnvelope(111.5, 36.0, 112.0, 36.5, 4326)), ST_SetSRID(ST_MakePoint(111.75, 36.25), 4326)),
              ('149971000000', 'county', '样例经济开发区', '149900000000', true, 'sample', NULL, NULL, NULL),
              ('149901100000', 'township', '甲镇', '149901000000', false, 'sample', NULL, NULL, NULL),
              ('149901200000', 'township', '乙乡', '149901000000', false, 'sample', NULL, NULL, NULL),
              ('149901100201', 'village', '张家庄村', '149901100000', false, 'sample', NULL, NULL, NULL),
              ('149901100202', 'village', '李家沟村', '149901100000', false, 'sample', NULL, NULL, NULL),
              ('149901200201', 'village', '𣵦沟村', '149901200000', false, 'sample', NULL, NULL, NULL)
            ON CONFLICT (code) WHERE valid_to IS NULL DO NOTHING;

            INSERT INTO place_category (code, name_zh, name_en, census_class)
            VALUES ('test_division', '行政区域', 'administrative area (test)', 'administrative'),
                   ('test_village', '自然村', 'natural village (test)', 'settlement'),
                   ('test_river', '河流', 'river (test)', 'water')
            ON CONFLICT (code) DO NOTHING;

            -- Each division's own place, at points 0.01 degrees apart inside the county box.
            INSERT INTO place (code, name, category, division_code, geom, point, provenance, romanized, romanized_toneless, pinyin_key, pinyin_initials)
            SELECT d.code, d.name, 'test_division', d.code, d.pt, d.pt, 'sample',
                   CASE d.name WHEN '样例县' THEN 'Yànglì Xiàn' END, CASE d.name WHEN '样例县' THEN 'Yangli Xian' END,
                   CASE d.name WHEN '样例县' THEN 'yanglixian' END, CASE d.name WHEN '样例县' THEN 'ylx' END
            FROM (SELECT code, name, ST_SetSRID(ST_MakePoint(111.6 + 0.01 * row_number() OVER (ORDER BY code), 36.1), 4326) AS pt
                  FROM division WHERE code LIKE '1499%' AND valid_to IS NULL) d;

            -- Natural villages: even ones in 甲镇 (west half of the box), odd ones in 乙乡 (east half).
            INSERT INTO place (name, specific, generic, category, status, division_code, geom, point, provenance, meaning, aliases)
            SELECT '样例' || i || '庄', '样例' || i, '庄', 'test_village',
                   CASE WHEN i % 10 = 0 THEN 'historical' ELSE 'current' END,
                   CASE WHEN i % 2 = 0 THEN '149901100000' ELSE '149901200000' END,
                   pt, pt, 'sample', '以姓氏命名', ARRAY['样例' || i || '村']
            FROM generate_series(1, {{NaturalPlaces - 1}}) i
            CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(CASE WHEN i % 2 = 0 THEN 111.6 ELSE 111.9 END, 36.2 + i * 0.001), 4326) AS pt) p;

            -- One line: a river across both townships.
            INSERT INTO place (name, specific, generic, category, division_code, division_codes, geom, point, provenance)
            VALUES ('样例河', '样例', '河', 'test_river', '149901000000', ARRAY['149901100000','149901200000'],
                    ST_GeomFromText('LINESTRING(111.55 36.4, 111.95 36.45)', 4326), ST_SetSRID(ST_MakePoint(111.75, 36.425), 4326), 'sample');

            INSERT INTO place_former_name (place_id, name, from_year, to_year, approximate)
            SELECT id, '旧样例县', 1912, 1949, true FROM place WHERE code = '149901000000';
            """);
        await command.ExecuteNonQueryAsync();
    }
}
