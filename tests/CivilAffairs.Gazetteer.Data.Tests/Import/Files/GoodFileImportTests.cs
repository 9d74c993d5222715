using CivilAffairs.Gazetteer.Data.Import.Files;
using CivilAffairs.Gazetteer.Testing;
using NetTopologySuite.Geometries;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Tests.Import.Files;

public sealed class GoodFileImportTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>, IDisposable
{
    private readonly ScratchDirectory scratch = new();

    private static string Example(string name) => Path.Combine(RepositoryPaths.DataDirectory(), "examples", name);

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task TheExampleCsvImportsEveryPlaceWithItsValues()
    {
        var result = await new PlaceFileImporter(database.DataSource).ImportAsync(Example("places.csv"), new PlaceFileImportOptions("民政厅地名科"));

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Imported);
        await using var command = database.DataSource.CreateCommand(
            """
            SELECT name, category, division_code, division_codes, aliases, history, valid_from, provenance, registered_by,
                   ST_X(point), ST_Y(point), GeometryType(geom), ST_SRID(geom)
            FROM place WHERE code = 'EX141024000001'
            """);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("大槐树寻根祭祖园", reader.GetString(0));
        Assert.Equal("scenic_site", reader.GetString(1));
        Assert.Equal("141024100000", reader.GetString(2));
        Assert.Equal(["141024100000"], reader.GetFieldValue<string[]>(3));
        Assert.Equal(["古大槐树处", "大槐树公园"], reader.GetFieldValue<string[]>(4));
        Assert.Equal("明初于此设局迁民。\n1991年起辟为公园,今为寻根祭祖园。", reader.GetString(5));
        Assert.Equal(new DateOnly(1991, 4, 1), reader.GetFieldValue<DateOnly>(6));
        Assert.Equal("official", reader.GetString(7));
        Assert.Equal("民政厅地名科", reader.GetString(8));
        Assert.Equal(111.6752, reader.GetDouble(9), 6);
        Assert.Equal(36.2722, reader.GetDouble(10), 6);
        Assert.Equal("POINT", reader.GetString(11));
        Assert.Equal(4326, reader.GetInt32(12));
    }

    [Fact]
    public async Task ACategoryWrittenByItsChineseNameIsStoredAsItsCode()
    {
        var csv = scratch.Write("category.csv", "code,name,category,division_code,lon,lat\nCAT-1,洪安涧河,河,141024,111.70,36.25\n");

        await new PlaceFileImporter(database.DataSource).ImportAsync(csv, new PlaceFileImportOptions("tester"));

        Assert.Equal("river", await Scalar<string>("SELECT category FROM place WHERE code = 'CAT-1'"));
    }

    [Fact]
    public async Task TheExampleGeoJsonImportsPolygonLineAndPointWithRepresentativePoints()
    {
        var result = await new PlaceFileImporter(database.DataSource).ImportAsync(
            Example("places.geojson"), new PlaceFileImportOptions("采集员", Provenance: "collected"));

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Imported);
        await using var command = database.DataSource.CreateCommand(
            """
            SELECT name, GeometryType(geom), geom, point, division_code, aliases, provenance
            FROM place WHERE sources LIKE 'format example%' AND registered_by = '采集员' ORDER BY id
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string Name, string Type, Geometry Geom, Point Point, string Division, string[] Aliases, string Provenance)>();
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetFieldValue<Geometry>(2), reader.GetFieldValue<Point>(3),
                reader.GetString(4), reader.GetFieldValue<string[]>(5), reader.GetString(6)));

        Assert.Equal(["大槐树寻根祭祖园", "汾河洪洞段", "霍泉"], rows.Select(r => r.Name));
        Assert.Equal(["POLYGON", "LINESTRING", "POINT"], rows.Select(r => r.Type));
        Assert.Equal(["141024100000", "141024000000", "141024104000"], rows.Select(r => r.Division));
        Assert.Equal(["古大槐树处", "大槐树公园"], rows[0].Aliases);
        Assert.All(rows, r => Assert.Equal("collected", r.Provenance));
        Assert.All(rows, r => Assert.True(r.Geom.Covers(r.Point), $"{r.Name}: the representative point lies on the geometry"));
    }

    [Fact]
    public async Task EveryImportedPlaceGetsOneChangeLogRowWithTheRowAsJson()
    {
        var csv = scratch.Write("log.csv",
            "code,name,category,division_code,lon,lat\nLOG-1,李堡,scenic_site,141024100207,111.70,36.30\nLOG-2,广胜寺塔,pagoda,141024104,111.7667,36.4208\n");

        await new PlaceFileImporter(database.DataSource).ImportAsync(csv, new PlaceFileImportOptions("审核员甲"));

        await using var command = database.DataSource.CreateCommand(
            """
            SELECT p.code, c.op, c.actor, c.after->>'name', c.after->>'code', c.after->'geom'->>'type', c.after->>'registered_by'
            FROM place p JOIN change_log c ON c.entity = 'place' AND c.entity_id = p.id::text
            WHERE p.code LIKE 'LOG-%' ORDER BY c.seq
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
            rows.Add(string.Join(' ', Enumerable.Range(0, 7).Select(reader.GetString)));
        Assert.Equal(["LOG-1 insert 审核员甲 李堡 LOG-1 Point 审核员甲", "LOG-2 insert 审核员甲 广胜寺塔 LOG-2 Point 审核员甲"], rows);
    }

    [Fact]
    public async Task TheChangeLogRowHoldsEveryColumnOfThePlace()
    {
        var csv = scratch.Write("columns.csv", "code,name,category,division_code,lon,lat\nCOL-1,明姜,scenic_site,141024,111.70,36.40\n");

        await new PlaceFileImporter(database.DataSource).ImportAsync(csv, new PlaceFileImportOptions("tester"));

        var logged = await Scalar<string[]>(
            "SELECT array_agg(k ORDER BY k) FROM place p JOIN change_log c ON c.entity_id = p.id::text AND c.entity = 'place', jsonb_object_keys(c.after) k WHERE p.code = 'COL-1'");
        // Generated columns (bounds, the geometry's extent) are derived from the image's own geometry.
        var columns = await Scalar<string[]>(
            "SELECT array_agg(column_name::text ORDER BY column_name::text) FROM information_schema.columns WHERE table_name = 'place' AND table_schema = 'public' AND is_generated = 'NEVER'");
        Assert.Equal(columns, logged);
    }

    [Fact]
    public async Task AFileWithAByteOrderMarkAndWktGeometryImports()
    {
        var path = scratch.WriteBytes("bom.csv",
        [
            0xEF, 0xBB, 0xBF,
            .. "name,category,division_code,wkt\r\n苏堡路,road,141024,\"LINESTRING(111.60 36.30, 111.65 36.31)\"\r\n"u8,
        ]);

        var result = await new PlaceFileImporter(database.DataSource).ImportAsync(path, new PlaceFileImportOptions("tester"));

        Assert.Empty(result.Errors);
        Assert.Equal(1, result.Imported);
        Assert.Equal("LINESTRING", await Scalar<string>("SELECT GeometryType(geom) FROM place WHERE name = '苏堡路'"));
    }

    [Fact]
    public async Task APointJustOutsideTheSimplifiedCountyOutlineIsImportedWithAWarning()
    {
        var csv = scratch.Write("border.csv", "name,category,division_code,lon,lat\n西界碑,stele,141024,111.3405,36.3379\n");

        var result = await new PlaceFileImporter(database.DataSource).ImportAsync(csv, new PlaceFileImportOptions("tester"));

        Assert.Equal(1, result.Imported);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(2, warning.Location!.Line);
        Assert.Contains("outside 洪洞县", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheImportIsRecordedInImportRun()
    {
        var csv = scratch.Write("run.csv", "name,category,division_code,lon,lat\n赵城,scenic_site,141024,111.70,36.35\n");

        await new PlaceFileImporter(database.DataSource).ImportAsync(csv, new PlaceFileImportOptions("tester"));

        Assert.Equal(1L, await Scalar<long>("SELECT rows FROM import_run WHERE dataset = 'place-file run.csv'"));
    }

    /// <summary>
    /// The toolkit's romanization is stored as it comes: tone marks on the romanized form, the
    /// homophone key and initials, and the traditional form for searches typed in it. Where the
    /// toolkit puts word breaks is its own tests' business, so only the letters are pinned here.
    /// </summary>
    [Fact]
    public async Task AnImportedPlaceIsStoredWithItsPinyinAndTraditionalForm()
    {
        var csv = scratch.Write("pinyin.csv", "code,name,category,division_code,lon,lat\nPY-1,霍泉,泉,141024104,111.7585,36.4153\nPY-2,广胜寺,temple,141024104,111.7667,36.4208\n");

        await new PlaceFileImporter(database.DataSource).ImportAsync(csv, new PlaceFileImportOptions("tester"));

        await using var command = database.DataSource.CreateCommand(
            "SELECT romanized, romanized_toneless, pinyin_key, pinyin_initials, name_traditional FROM place WHERE code LIKE 'PY-%' ORDER BY code");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, string, string, string)>();
        while (await reader.ReadAsync())
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        Assert.Equal(2, rows.Count);
        Assert.Equal(("huoquan", "hq", "霍泉"), (rows[0].Item3, rows[0].Item4, rows[0].Item5));
        Assert.Equal(("guangshengsi", "gss", "廣勝寺"), (rows[1].Item3, rows[1].Item4, rows[1].Item5));
        Assert.Equal(["huòquán", "guǎngshèngsì"], rows.Select(r => r.Item1.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()));
        Assert.Equal(["huoquan", "guangshengsi"], rows.Select(r => r.Item2.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()));
    }

    [Fact]
    public async Task EveryImportedPlaceNamesTheImportRunThatWroteIt()
    {
        var csv = scratch.Write("owned.csv", "code,name,category,division_code,lon,lat\nRUN-1,甲,scenic_site,141024,111.70,36.35\nRUN-2,乙,scenic_site,141024,111.71,36.35\n");

        await new PlaceFileImporter(database.DataSource).ImportAsync(csv, new PlaceFileImportOptions("tester"));

        Assert.Equal(2L, await Scalar<long>(
            "SELECT count(*) FROM place p JOIN import_run r ON r.id = p.import_run_id WHERE p.code LIKE 'RUN-%' AND r.dataset = 'place-file owned.csv' AND r.rows = 2"));
    }

    private async Task<T> Scalar<T>(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
