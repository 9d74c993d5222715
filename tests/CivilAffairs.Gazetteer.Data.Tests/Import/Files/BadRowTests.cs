using System.Text;
using CivilAffairs.Gazetteer.Data.Import.Files;
using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Data.Tests.Import.Files;

/// <summary>
/// Each kind of bad record, placed after a good one: the file is refused as a whole, the bad
/// record is reported at its line with a message a person can act on, nothing is written.
/// </summary>
public sealed class BadRowTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>, IAsyncLifetime, IDisposable
{
    private const string PointHeader = "code,name,category,division_code,lon,lat,valid_from,status";
    private const string GoodPointRow = "GOOD-1,好地名,scenic_site,141024100,111.68,36.27,,";

    private readonly ScratchDirectory scratch = new();

    public Task InitializeAsync() => HongtongDivisions.EnsureAsync(database.DataSource);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => scratch.Dispose();

    public static TheoryData<string, string, string> BadPointRows => new()
    {
        // what, the bad record (line 3), what the message says
        { "missing name", "B-1,,scenic_site,141024100,111.68,36.27,,", "name is empty" },
        { "missing division code", "B-1,坏地名,scenic_site,,111.68,36.27,,", "division_code is empty" },
        { "missing lat", "B-1,坏地名,scenic_site,141024100,111.68,,,", "lat is empty" },
        { "bad number", "B-1,坏地名,scenic_site,141024100,111°40′,36.27,,", "lon '111°40′' is not a number" },
        { "coordinates out of range", "B-1,坏地名,scenic_site,141024100,111.68,136.27,,", "out of range" },
        { "lon and lat swapped", "B-1,坏地名,scenic_site,141024100,36.27,111.68,,", "look swapped" },
        { "outside Shanxi", "B-1,坏地名,scenic_site,141024100,116.40,39.90,,", "outside Shanxi" },
        { "projected metres", "B-1,坏地名,scenic_site,141024100,19560000,4012000,,", "not projected metres" },
        { "unknown category", "B-1,坏地名,寺庙,141024100,111.68,36.27,,", "category '寺庙' is not a known category" },
        { "not a division code", "B-1,坏地名,scenic_site,14102,111.68,36.27,,", "'14102' is not a division code" },
        { "division outside Shanxi", "B-1,坏地名,scenic_site,110101,111.68,36.27,,", "not in Shanxi" },
        { "unknown division", "B-1,坏地名,scenic_site,141024999,111.68,36.27,,", "141024999 is not a division in the registry" },
        { "withdrawn division", "B-1,坏地名,scenic_site,140424,112.89,36.32,,", "140424 (屯留县) was withdrawn on 2018-01-01" },
        { "point in another county", "B-1,坏地名,scenic_site,141024100,112.55,37.87,,", "km outside 洪洞县" },
        { "bad date", "B-1,坏地名,scenic_site,141024100,111.68,36.27,2023-13-01,", "valid_from '2023-13-01' is not a date" },
        { "bad status", "B-1,坏地名,scenic_site,141024100,111.68,36.27,,obsolete", "status 'obsolete' is unknown" },
        { "an unquoted comma", "B-1,坏地名,又名,scenic_site,141024100,111.68,36.27,,", "9 fields but the header has 8" },
        { "a stray quote", "B-1,坏\"地名,scenic_site,141024100,111.68,36.27,,", "double quote inside an unquoted value" },
        { "a code with spaces", "B 1,坏地名,scenic_site,141024100,111.68,36.27,,", "code 'B 1' is not a place-name code" },
    };

    [Theory]
    [MemberData(nameof(BadPointRows))]
    public async Task ABadCsvRecordIsReportedAtItsLineAndNothingIsImported(string what, string row, string message)
    {
        var result = await Import("bad.csv", $"{PointHeader}\n{GoodPointRow}\n{row}\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Location?.Line);
        Assert.True(error.Message.Contains(message, StringComparison.Ordinal), $"{what}: {error.Message}");
        Assert.Equal(0, result.Imported);
        Assert.Equal(0L, await PlacesNamed("好地名", "坏地名"));
    }

    public static TheoryData<string, string, string> BadWktRows => new()
    {
        { "self-intersecting polygon", "POLYGON((111.60 36.20, 111.70 36.30, 111.70 36.20, 111.60 36.30, 111.60 36.20))", "Self-intersection" },
        { "unclosed ring", "POLYGON((111.60 36.20, 111.70 36.20, 111.70 36.30, 111.60 36.30))", "ring is not closed" },
        { "wrong type", "GEOMETRYCOLLECTION(POINT(111.6 36.2))", "GeometryCollection" },
        { "unreadable", "POINT(111.6)", "cannot be read" },
        { "empty", "POINT EMPTY", "empty" },
    };

    [Theory]
    [MemberData(nameof(BadWktRows))]
    public async Task ABadWktGeometryIsReportedAtItsLine(string what, string wkt, string message)
    {
        var result = await Import("bad-wkt.csv",
            $"name,category,division_code,wkt\n好地名,scenic_site,141024,POINT(111.68 36.27)\n坏地名,scenic_site,141024,\"{wkt}\"\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(3, error.Location?.Line);
        Assert.True(error.Message.Contains(message, StringComparison.Ordinal), $"{what}: {error.Message}");
        Assert.Equal(0L, await PlacesNamed("好地名", "坏地名"));
    }

    [Fact]
    public async Task EveryBadRecordIsReportedWithItsPhysicalLineAfterQuotedLineBreaks()
    {
        var result = await Import("many.csv", string.Join('\n',
            "name,category,division_code,lon,lat,history",
            "好地名,scenic_site,141024,111.68,36.27,\"明初设局迁民,",
            "今为公园。\"",
            ",scenic_site,141024,111.68,36.27,",
            "坏地名,scenic_site,141024,abc,36.27,",
            "好地名二,scenic_site,141024,111.69,36.28,",
            "坏地名,无此类别,141024,111.68,36.27,") + "\n");

        Assert.Equal([4, 5, 7], result.Errors.Select(e => e.Location!.Line!.Value));
        Assert.Equal(5, result.Records);
        Assert.Equal(3, result.Rejected);
        Assert.Equal(0L, await PlacesNamed("好地名", "好地名二", "坏地名"));
    }

    [Fact]
    public async Task ARecordWithSeveralProblemsHasThemAllReported()
    {
        var result = await Import("several.csv", $"{PointHeader}\nSEV-1,坏地名,无此类别,1410249,111.68,136.27,,\n");

        Assert.All(result.Errors, e => Assert.Equal(2, e.Location!.Line));
        Assert.Collection(result.Errors.Select(e => e.Message).Order(StringComparer.Ordinal),
            m => Assert.StartsWith("category '无此类别' is not a known category", m, StringComparison.Ordinal),
            m => Assert.StartsWith("coordinate (111.68, 136.27) is out of range", m, StringComparison.Ordinal),
            m => Assert.StartsWith("division_code '1410249' is not a division code", m, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACodeTwiceInTheFileIsReportedOnBothRecords()
    {
        var result = await Import("twice.csv", $"{PointHeader}\nDUP-1,甲地,scenic_site,141024,111.68,36.27,,\nDUP-1,乙地,scenic_site,141024,111.69,36.28,,\n");

        Assert.Equal([2, 3], result.Errors.Select(e => e.Location!.Line!.Value));
        Assert.Contains("also at line 3", result.Errors.First().Message, StringComparison.Ordinal);
        Assert.Equal(0L, await PlacesNamed("甲地", "乙地"));
    }

    [Fact]
    public async Task ACodeAlreadyInTheRegistryIsRefused()
    {
        var first = await Import("first.csv", $"{PointHeader}\nREG-1,先到地名,scenic_site,141024,111.68,36.27,,\n");
        var second = await Import("second.csv", $"{PointHeader}\nREG-2,后到地名,scenic_site,141024,111.69,36.27,,\nREG-1,重复地名,scenic_site,141024,111.68,36.28,,\n");

        Assert.Equal(1, first.Imported);
        var error = Assert.Single(second.Errors);
        Assert.Equal(3, error.Location!.Line);
        Assert.Contains("REG-1 is already registered (to 先到地名)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await PlacesNamed("后到地名", "重复地名"));
    }

    [Fact]
    public async Task AGbkEncodedFileIsRefusedWithConversionAdvice()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK").GetBytes($"{PointHeader}\nGBK-1,大槐树,scenic_site,141024,111.68,36.27,,\n");

        var result = await new PlaceFileImporter(database.DataSource).ImportAsync(scratch.WriteBytes("gbk.csv", gbk), new PlaceFileImportOptions("tester"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Location!.Line);
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("GB18030", error.Message, StringComparison.Ordinal);
        Assert.Contains("大槐树", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, result.Imported);
    }

    public static TheoryData<string, string> BadHeaders => new()
    {
        { "name,category,lon,lat", "required column 'division_code' is missing" },
        { "name,category,division_code,lon", "column 'lat' is missing" },
        { "name,category,division_code", "no geometry columns" },
        { "name,category,division_code,wkt,lon,lat", "not both" },
        { "name,category,division_code,lon,lat,meening", "unknown column 'meening'" },
        { "name,name,category,division_code,lon,lat", "column 'name' appears 2 times" },
    };

    [Theory]
    [MemberData(nameof(BadHeaders))]
    public async Task ABadHeaderIsReportedOnLineOne(string header, string message)
    {
        var result = await Import("header.csv", $"{header}\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Location!.Line);
        Assert.True(error.Message.Contains(message, StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public async Task AnEmptyFileIsRefused()
    {
        var result = await Import("empty.csv", "");

        Assert.Contains("empty", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadFeatures => new()
    {
        // what, the second feature, what the message says
        { "unclosed ring", """{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[111.6, 36.2], [111.7, 36.2], [111.7, 36.3], [111.6, 36.3]]]}, "properties": {"name": "坏地名", "category": "scenic_site", "division_code": "141024"}}""", "ring is not closed" },
        { "self-intersecting polygon", """{"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[111.6, 36.2], [111.7, 36.3], [111.7, 36.2], [111.6, 36.3], [111.6, 36.2]]]}, "properties": {"name": "坏地名", "category": "scenic_site", "division_code": "141024"}}""", "Self-intersection" },
        { "wrong geometry type", """{"type": "Feature", "geometry": {"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [111.6, 36.2]}]}, "properties": {"name": "坏地名", "category": "scenic_site", "division_code": "141024"}}""", "GeometryCollection" },
        { "no geometry", """{"type": "Feature", "geometry": null, "properties": {"name": "坏地名", "category": "scenic_site", "division_code": "141024"}}""", "no geometry" },
        { "no name", """{"type": "Feature", "geometry": {"type": "Point", "coordinates": [111.6, 36.2]}, "properties": {"category": "scenic_site", "division_code": "141024"}}""", "name is empty" },
        { "a property that is an object", """{"type": "Feature", "geometry": {"type": "Point", "coordinates": [111.6, 36.2]}, "properties": {"name": "坏地名", "aliases": {"zh": "坏名"}, "category": "scenic_site", "division_code": "141024"}}""", "property 'aliases' must be text" },
        { "not a feature", """{"type": "Point", "coordinates": [111.6, 36.2]}""", "must be a GeoJSON Feature" },
    };

    [Theory]
    [MemberData(nameof(BadFeatures))]
    public async Task ABadFeatureIsReportedByIndexAndLine(string what, string feature, string message)
    {
        var result = await Import("bad.geojson", $$$"""
            {
              "type": "FeatureCollection",
              "features": [
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [111.68, 36.27]}, "properties": {"name": "好地名", "category": "scenic_site", "division_code": "141024"}},
                {{{feature}}}
              ]
            }
            """);

        var error = Assert.Single(result.Errors);
        Assert.Equal(new PlaceFileLocation(5, 1), error.Location);
        Assert.True(error.Message.Contains(message, StringComparison.Ordinal), $"{what}: {error.Message}");
        Assert.Equal(0L, await PlacesNamed("好地名", "坏地名"));
    }

    public static TheoryData<string, string> BadGeoJsonFiles => new()
    {
        { "{\"type\": \"FeatureCollection\", \"features\": [\n{\"type\": \"Feature\",, }]}", "not valid JSON" },
        { "{\"type\": \"Feature\"}", "must be a GeoJSON FeatureCollection" },
        { "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:4547\"}}, \"features\": []}", "reproject" },
    };

    [Theory]
    [MemberData(nameof(BadGeoJsonFiles))]
    public async Task ABadGeoJsonFileIsRefusedAsAWhole(string text, string message)
    {
        var result = await Import("file.geojson", text);

        Assert.True(Assert.Single(result.Errors).Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(0, result.Imported);
    }

    private Task<PlaceFileImportResult> Import(string name, string text) =>
        new PlaceFileImporter(database.DataSource).ImportAsync(scratch.Write(name, text), new PlaceFileImportOptions("tester"));

    private async Task<long> PlacesNamed(params string[] names)
    {
        await using var command = database.DataSource.CreateCommand("SELECT count(*) FROM place WHERE name = ANY($1)");
        command.Parameters.AddWithValue(names);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
