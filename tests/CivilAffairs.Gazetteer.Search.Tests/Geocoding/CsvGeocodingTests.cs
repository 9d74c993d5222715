using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Search.Geocoding;

namespace CivilAffairs.Gazetteer.Search.Tests.Geocoding;

[Collection(ImportedHierarchyCollection.Name)]
public sealed class CsvGeocodingTests(ImportedHierarchy imported)
{
    [Fact]
    public async Task WritesOneRowPerInputRowInOrderWhateverTheRowsHold()
    {
        var input = new StringReader(
            "id,address\n" +
            "1,洪洞县大槐树镇东冯堡村3组15号\n" +
            "2,\"张伟, 13912345678, 隰县\"\n" +
            "3,\n" +
            "4,\"'; DROP TABLE division; --\"\n" +
            "5,\"吕梁市柳林县\n王家庄村\"\n");
        var output = new StringWriter();

        var summary = await CsvGeocoding.RunAsync(input, output, imported.Geocoder, Crs.Wgs84, new DateOnly(2024, 1, 1), null, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(CsvGeocoding.OutputHeader, lines[0]);
        Assert.Equal(5, summary.Rows);
        Assert.Equal(2, summary.Matched);
        Assert.Equal(1, summary.Ambiguous);
        Assert.StartsWith("1,洪洞县大槐树镇东冯堡村3组15号,MATCHED,VILLAGE,141024100212,山西省/临汾市/洪洞县/大槐树镇/东冯堡村,", lines[1]);
        Assert.StartsWith("2,\"张伟, 13912345678, 隰县\",MATCHED,COUNTY,141031000000,", lines[2]);
        Assert.StartsWith("3,,INVALID,", lines[3]);
        Assert.StartsWith("4,'; DROP TABLE division; --,NO_MATCH,", lines[4]);
        Assert.Contains(",AMBIGUOUS,VILLAGE,", lines[6]);
    }

    [Fact]
    public async Task AFileWithoutAHeaderReadsTheFirstColumn()
    {
        var output = new StringWriter();

        var summary = await CsvGeocoding.RunAsync(new StringReader("隰县\n运城盐湖\n"), output, imported.Geocoder, Crs.Wgs84, null, null, CancellationToken.None);

        Assert.Equal(2, summary.Rows);
        Assert.Equal(2, summary.Matched);
    }
}
