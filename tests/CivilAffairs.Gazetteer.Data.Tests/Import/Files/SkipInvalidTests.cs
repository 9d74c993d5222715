using System.Text.Json;
using CivilAffairs.Gazetteer.Data.Import.Files;
using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Data.Tests.Import.Files;

public sealed class SkipInvalidTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>, IAsyncLifetime, IDisposable
{
    private readonly ScratchDirectory scratch = new();

    public Task InitializeAsync() => HongtongDivisions.EnsureAsync(database.DataSource);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => scratch.Dispose();

    [Fact]
    public async Task TheGoodCsvRecordsAreImportedAndTheBadOnesWrittenWithTheirReasons()
    {
        var path = scratch.Write("mixed.csv", string.Join("\r\n",
            "code,name,category,division_code,lon,lat,history",
            "SK-1,留一,scenic_site,141024,111.68,36.27,",
            "SK-2,弃一,scenic_site,141024,111.68x,36.27,\"多行,",
            "沿革\"",
            "SK-3,留二,scenic_site,141024100,111.69,36.28,",
            "SK-4,弃二,无此类别,141024,111.68,36.27,") + "\r\n");

        var result = await new PlaceFileImporter(database.DataSource).ImportAsync(
            path, new PlaceFileImportOptions("tester", SkipInvalid: true, RejectsPath: Path.Combine(scratch.Path, "out.csv")));

        Assert.Equal((4, 2, 2), (result.Records, result.Imported, result.Rejected));
        Assert.Equal(["留一", "留二"], await NamesWithCodePrefix("SK-"));
        var rejects = CsvRecordReader.Read(StrictUtf8.Decode(await File.ReadAllBytesAsync(result.RejectsPath!)).Text!).ToList();
        Assert.Equal("code,name,category,division_code,lon,lat,history,rejected_at,rejected_reason", rejects[0].Raw);
        Assert.Equal(["SK-2", "SK-4"], rejects.Skip(1).Select(r => r.Fields[0]));
        Assert.Equal("多行,\r\n沿革", rejects[1].Fields[6]);
        Assert.Equal("line 3", rejects[1].Fields[7]);
        Assert.Contains("lon '111.68x' is not a number", rejects[1].Fields[8], StringComparison.Ordinal);
        Assert.Equal("line 6", rejects[2].Fields[7]);
        Assert.Contains("category '无此类别'", rejects[2].Fields[8], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACorrectedRejectsFileImportsAgain()
    {
        var path = scratch.Write("again.csv", "code,name,category,division_code,lon,lat\nAG-1,再来一,scenic_site,141024,111.68,36.27\nAG-2,再来二,无此类别,141024,111.68,36.27\n");
        var first = await new PlaceFileImporter(database.DataSource).ImportAsync(path, new PlaceFileImportOptions("tester", SkipInvalid: true));
        var corrected = (await File.ReadAllTextAsync(first.RejectsPath!)).Replace("无此类别", "scenic_site", StringComparison.Ordinal);

        var second = await new PlaceFileImporter(database.DataSource).ImportAsync(scratch.Write("corrected.csv", corrected), new PlaceFileImportOptions("tester"));

        Assert.Equal(Path.Combine(scratch.Path, "again.rejects.csv"), first.RejectsPath);
        Assert.Empty(second.Errors);
        Assert.Equal(["再来一", "再来二"], await NamesWithCodePrefix("AG-"));
    }

    [Fact]
    public async Task TheGoodFeaturesAreImportedAndTheBadOnesWrittenAsGeoJson()
    {
        var path = scratch.Write("mixed.geojson", """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [111.68, 36.27]}, "properties": {"code": "SG-1", "name": "留三", "category": "scenic_site", "division_code": "141024"}},
              {"type": "Feature", "geometry": {"type": "Point", "coordinates": [116.4, 39.9]}, "properties": {"code": "SG-2", "name": "弃三", "category": "scenic_site", "division_code": "141024"}}
            ]}
            """);

        var result = await new PlaceFileImporter(database.DataSource).ImportAsync(path, new PlaceFileImportOptions("tester", SkipInvalid: true));

        Assert.Equal(1, result.Imported);
        Assert.Equal(["留三"], await NamesWithCodePrefix("SG-"));
        using var rejects = JsonDocument.Parse(await File.ReadAllBytesAsync(result.RejectsPath!));
        var feature = Assert.Single(rejects.RootElement.GetProperty("features").EnumerateArray());
        var properties = feature.GetProperty("properties");
        Assert.Equal("弃三", properties.GetProperty("name").GetString());
        Assert.Equal("feature 1 (line 3)", properties.GetProperty("rejected_at").GetString());
        Assert.Contains("outside Shanxi", properties.GetProperty("rejected_reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(116.4, feature.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble());
    }

    [Fact]
    public async Task AFileWithOnlyBadRecordsWritesNothingButTheRejects()
    {
        var path = scratch.Write("allbad.csv", "code,name,category,division_code,lon,lat\nAB-1,全错,scenic_site,999999,111.68,36.27\n");

        var result = await new PlaceFileImporter(database.DataSource).ImportAsync(path, new PlaceFileImportOptions("tester", SkipInvalid: true));

        Assert.Equal((0, 1), (result.Imported, result.Rejected));
        Assert.True(File.Exists(result.RejectsPath));
        Assert.Empty(await NamesWithCodePrefix("AB-"));
    }

    private async Task<List<string>> NamesWithCodePrefix(string prefix)
    {
        await using var command = database.DataSource.CreateCommand("SELECT name FROM place WHERE code LIKE $1 || '%' ORDER BY code");
        command.Parameters.AddWithValue(prefix);
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));
        return names;
    }
}
