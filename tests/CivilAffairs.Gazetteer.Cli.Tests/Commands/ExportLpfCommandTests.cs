using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Cli.Tests.Commands;

/// <summary><c>gazetteer export-lpf</c> run as a person runs it, against a copy of the template (real data and the test sample).</summary>
public sealed class ExportLpfCommandTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>
{
    [Fact]
    public async Task TheExportWritesAValidLinkedPlacesCollectionOfEveryHistoricalName()
    {
        var file = Path.Combine(Path.GetTempPath(), "gazetteer-lpf-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        try
        {
            var result = await GazetteerProcess.RunAsync(new Dictionary<string, string> { ["GAZETTEER_DB"] = database.ConnectionString },
                "export-lpf", "-o", file, "--base-uri", "https://gazetteer.example/");

            Assert.True(result.ExitCode == 0, result.Error);
            Assert.Contains("35 historical names written", result.Output);
            var collection = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
            Assert.Empty(LinkedPlacesFormat.Problems(collection));
            Assert.Equal(35, collection["features"]!.AsArray().Count);
            Assert.All(collection["features"]!.AsArray(), f => Assert.StartsWith("https://gazetteer.example/historical-name:", f!["@id"]!.GetValue<string>(), StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task WithoutAnOutputFileItIsAUsageError()
    {
        var result = await GazetteerProcess.RunAsync(new Dictionary<string, string> { ["GAZETTEER_DB"] = database.ConnectionString }, "export-lpf");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("-o", result.Output + result.Error);
    }
}
