using Npgsql;

namespace CivilAffairs.Gazetteer.Search.Tests;

/// <summary>
/// The places these tests search: real names and codes from the 2023 divisions (points placed by
/// hand near the seats, so marked derived), plus villages made up to collide with them, marked
/// provenance 'sample'. Rows whose code the template already holds are left as the import made them.
/// </summary>
internal static class SearchSeed
{
    public static async Task ApplyAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(Sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private const string Sql =
        """
        INSERT INTO place_category (code, name_zh, name_en, census_class) VALUES
            ('city', '地级市', 'prefecture-level city', 'administrative_area'),
            ('county', '县级行政区', 'county-level unit', 'administrative_area'),
            ('township', '乡级行政区', 'township-level unit', 'administrative_area'),
            ('village_committee', '村民委员会', 'village committee', 'self_governing_organisation'),
            ('natural_village', '自然村', 'natural village', 'settlement'),
            ('scenic_site', '旅游景点', 'scenic site', 'memorial_scenic_site')
        ON CONFLICT (code) DO NOTHING;

        INSERT INTO place (code, name, name_traditional, category, romanized, romanized_toneless, pinyin_key, pinyin_initials,
                           division_code, geom, point, geom_derived, status, provenance)
        SELECT s.code, s.name, s.trad, s.category, s.romanized, s.toneless, s.pkey, s.initials, s.division,
               ST_SetSRID(ST_MakePoint(s.lon, s.lat), 4326), ST_SetSRID(ST_MakePoint(s.lon, s.lat), 4326), true, 'current', s.provenance
        FROM (VALUES
            ('141000000000', '临汾市', '臨汾市', 'city', 'Línfén Shì', 'Linfen Shi', 'linfenshi', 'lfs', '141000000000', 111.519, 36.088, 'official'),
            ('141024000000', '洪洞县', '洪洞縣', 'county', 'Hóngtóng Xiàn', 'Hongtong Xian', 'hongtongxian', 'hdx', '141024000000', 111.674, 36.254, 'official'),
            ('141024100000', '大槐树镇', '大槐樹鎮', 'township', 'Dàhuáishù Zhèn', 'Dahuaishu Zhen', 'dahuaishuzhen', 'dhsz', '141024100000', 111.66, 36.27, 'official'),
            ('141024100013', '贾村', '賈村', 'village_committee', 'Jiǎcūn', 'Jiacun', 'jiacun', 'jc', '141024100013', 111.65, 36.29, 'official'),
            ('140224100204', '东关村', '東關村', 'village_committee', 'Dōngguāncūn', 'Dongguancun', 'dongguancun', 'dgc', '140224100204', 114.23, 39.44, 'official'),
            ('140423100253', '东关村', '東關村', 'village_committee', 'Dōngguāncūn', 'Dongguancun', 'dongguancun', 'dgc', '140423100253', 113.05, 36.53, 'official'),
            ('140404000000', '上党区', '上黨區', 'county', 'Shàngdǎng Qū', 'Shangdang Qu', 'shangdangqu', 'sdq', '140404000000', 113.05, 36.05, 'official'),
            (NULL, '洪洞村', '洪洞村', 'natural_village', 'Hóngtóngcūn', 'Hongtongcun', 'hongtongcun', 'htc', '141024101000', 111.70, 36.20, 'sample'),
            (NULL, '东洪洞村', '東洪洞村', 'natural_village', 'Dōnghóngtóngcūn', 'Donghongtongcun', 'donghongtongcun', 'dhtc', '141024101000', 111.72, 36.22, 'sample'),
            (NULL, '红桐村', '紅桐村', 'natural_village', 'Hóngtóngcūn', 'Hongtongcun', 'hongtongcun', 'htc', '140423100000', 113.10, 36.50, 'sample')
        ) AS s(code, name, trad, category, romanized, toneless, pkey, initials, division, lon, lat, provenance)
        WHERE s.code IS NULL OR NOT EXISTS (SELECT 1 FROM place p WHERE p.code = s.code);

        INSERT INTO place_former_name (place_id, name, from_year, to_year, source)
        SELECT id, '长治县', 1950, 2018, 'lineage test seed' FROM place WHERE code = '140404000000'
          AND NOT EXISTS (SELECT 1 FROM place_former_name f JOIN place p ON p.id = f.place_id WHERE p.code = '140404000000' AND f.name = '长治县');

        -- A township known only as a division (no place row of its own) is searchable as a division.
        INSERT INTO division (code, level, name, short_name, parent_code, point, point_derived)
        SELECT '141024101000', 'township', '甘亭镇', '甘亭', '141024000000', ST_SetSRID(ST_MakePoint(111.70, 36.21), 4326), true
        WHERE NOT EXISTS (SELECT 1 FROM division WHERE code = '141024101000' AND valid_to IS NULL);

        INSERT INTO historical_name (name, name_traditional, romanized, pinyin_key, begin_year, end_year, status, geom, division_code, provenance)
        VALUES ('平阳郡', '平陽郡', 'Píngyáng Jùn', 'pingyangjun', 265, 583, 'renamed', ST_SetSRID(ST_MakePoint(111.52, 36.08), 4326), '141000000000', 'sample');

        INSERT INTO poi (name, category, geom, division_code, state, collected_by, provenance)
        VALUES ('洪洞大槐树寻根祭祖园', 'scenic_site', ST_SetSRID(ST_MakePoint(111.68, 36.27), 4326), '141024100000', 'accepted', 'test', 'collected'),
               ('洪洞被拒的采集点', 'scenic_site', ST_SetSRID(ST_MakePoint(111.68, 36.27), 4326), '141024100000', 'rejected', 'test', 'collected');
        """;
}
