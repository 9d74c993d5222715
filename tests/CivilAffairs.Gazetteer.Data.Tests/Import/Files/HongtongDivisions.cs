using System.Text.Json;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Tests.Import.Files;

/// <summary>
/// The divisions and categories the import tests need, until the real division import and
/// the category table reach the test template: 洪洞县 with its real 2017 outline (from
/// data/county-boundaries-2017), two of its townships and a village, and 屯留县, withdrawn
/// when it became 屯留区 (2018, data/lineage; the day is not in the data).
/// </summary>
internal static class HongtongDivisions
{
    public static async Task EnsureAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var exists = new NpgsqlCommand("SELECT count(*) FROM division WHERE code = '141024000000'", connection))
            if ((long)(await exists.ExecuteScalarAsync())! > 0)
                return;

        await using (var categories = new NpgsqlCommand(
            """
            INSERT INTO place_category (code, name_zh, name_en, census_class) VALUES
                ('scenic_site', '旅游景点', 'scenic site', 'memorials and scenic sites'),
                ('spring', '泉', 'spring', 'land water systems'),
                ('river', '河流', 'river', 'land water systems')
            ON CONFLICT DO NOTHING
            """, connection))
            await categories.ExecuteNonQueryAsync();

        await using var command = new NpgsqlCommand(
            """
            INSERT INTO division (code, level, name, parent_code, valid_to, boundary) VALUES
                ('140000000000', 'province', '山西省', NULL, NULL, NULL),
                ('141000000000', 'city', '临汾市', '140000000000', NULL, NULL),
                ('141024000000', 'county', '洪洞县', '141000000000', NULL, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326))),
                ('141024100000', 'township', '大槐树镇', '141024000000', NULL, NULL),
                ('141024104000', 'township', '广胜寺镇', '141024000000', NULL, NULL),
                ('141024100207', 'village', '李堡村委会', '141024100000', NULL, NULL),
                ('140400000000', 'city', '长治市', '140000000000', NULL, NULL),
                ('140424000000', 'county', '屯留县', '140400000000', '2018-01-01', NULL),
                ('140405000000', 'county', '屯留区', '140400000000', NULL, NULL);
            """, connection);
        command.Parameters.AddWithValue(HongtongOutline());
        await command.ExecuteNonQueryAsync();
    }

    private static string HongtongOutline()
    {
        var path = Path.Combine(RepositoryPaths.DataDirectory(), "county-boundaries-2017", "shan1_xi1_lin2_fen2.geojson");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty("features").EnumerateArray()
            .Single(f => f.GetProperty("properties").GetProperty("name").GetString() == "洪洞县")
            .GetProperty("geometry").GetRawText();
    }
}
