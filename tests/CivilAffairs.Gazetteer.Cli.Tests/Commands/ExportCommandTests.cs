using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Cli.Tests.Commands;

/// <summary>
/// <c>gazetteer export</c> run as a user runs it, against a copy of the real registry: the files it
/// writes hold exactly what the same filter selects in PostGIS.
/// </summary>
public sealed class ExportCommandTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gazetteer-export-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<long> CountAsync(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task GeoJsonHoldsEveryPlaceOfTheDivisionAsAFeature()
    {
        var path = Path.Combine(folder, "hongtong.geojson");

        var result = await Run("export", "--format", "geojson", "-o", path, "--division", "141024");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        var features = json["features"]!.AsArray();
        Assert.Equal("FeatureCollection", json["type"]!.GetValue<string>());
        Assert.Equal(await CountAsync("SELECT count(*) FROM place WHERE division_code LIKE '141024%'"), features.Count);
        Assert.Contains(features, f => f!["properties"]!["name"]!.GetValue<string>() == "洪洞县");
        Assert.All(features, f => Assert.StartsWith("141024", f!["properties"]!["division_code"]!.GetValue<string>()));
        Assert.Contains($"{features.Count:N0} places written", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvWithARadiusHoldsWhatPostGisFindsWithinIt()
    {
        var path = Path.Combine(folder, "near.csv");

        var result = await Run("export", "--format", "csv", "-o", path, "--near", "111.67,36.25", "--radius", "8000", "--order", "distance");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = await File.ReadAllLinesAsync(path);
        Assert.StartsWith("id,code,name,", lines[0], StringComparison.Ordinal);
        var expected = await CountAsync("SELECT count(*) FROM place WHERE ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint(111.67, 36.25), 4326)::geography, 8000)");
        Assert.True(expected > 0);
        Assert.Equal(expected, lines.Length - 1);
    }

    [Theory]
    [InlineData(new[] { "export", "-o", "{folder}/x.json", "--format", "shp" }, "is not one of geojson, csv")]
    [InlineData(new[] { "export", "--format", "csv" }, "-o FILE")]
    [InlineData(new[] { "export", "-o", "{folder}/x.csv", "--bbox", "112,36,111,37" }, "minLon 112 is greater than maxLon 111")]
    [InlineData(new[] { "export", "-o", "{folder}/x.csv", "--within", "POLYGON((111 36, 112 37, 112 36, 111 37, 111 36))" }, "Self-intersection")]
    [InlineData(new[] { "export", "-o", "{folder}/x.csv", "--order", "distance" }, "needs --near")]
    public async Task BadOptionsAreExplainedWithExitCodeTwo(string[] args, string message)
    {
        var result = await Run([.. args.Select(a => a.Replace("{folder}", folder, StringComparison.Ordinal))]);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, result.Output + result.Error, StringComparison.Ordinal);
    }

    private Task<ProcessResult> Run(params string[] args) =>
        GazetteerProcess.RunAsync(new Dictionary<string, string> { ["GAZETTEER_DB"] = database.ConnectionString }, args);
}
