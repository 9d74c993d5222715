using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Data.History;
using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Data.Tests.Sample;

/// <summary>The Linked Places export of the sampled historical names, checked against the format's required parts.</summary>
[Collection(SampleCollection.Name)]
public sealed class LinkedPlacesExportTests(SampledDatabase sampled)
{
    [Fact]
    public async Task EveryHistoricalNameIsAValidLinkedPlacesFeatureWithTimespansAndCitations()
    {
        using var output = new MemoryStream();
        var count = await new LinkedPlacesExport(sampled.DataSource).WriteAsync(output);
        var collection = JsonNode.Parse(output.ToArray())!;

        Assert.Empty(LinkedPlacesFormat.Problems(collection));
        var features = collection["features"]!.AsArray();
        Assert.Equal(await sampled.ScalarAsync<long>("SELECT count(*) FROM historical_name"), count);
        Assert.Equal(count, features.Count);
        Assert.All(features, f =>
        {
            var first = f!["names"]![0]!;
            Assert.Equal("zh-Hans", first["lang"]!.GetValue<string>());
            Assert.NotNull(first["when"]!["timespans"]![0]!["start"]);
            Assert.Contains(first["citations"]!.AsArray(), c => c!["@id"]?.GetValue<string>().StartsWith("http://maps.cga.harvard.edu/tgaz/placename/", StringComparison.Ordinal) == true);
            Assert.Equal("sample", f["properties"]!["provenance"]!.GetValue<string>());
        });
    }
}
