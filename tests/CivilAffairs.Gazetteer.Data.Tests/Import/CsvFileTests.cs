using CivilAffairs.Gazetteer.Data.Import;

namespace CivilAffairs.Gazetteer.Data.Tests.Import;

public sealed class CsvFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gazetteer-csv-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string text, string name = "t.csv")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void QuotedFieldsKeepCommasQuotesAndLineBreaksAndRecordsKeepTheirLine()
    {
        var rows = CsvFile.Read(Write("code,name\n1,\"a,b\"\n2,\"say \"\"hi\"\"\nthere\"\n3,𣵦沟村\n"), "code", "name");

        Assert.Equal(["a,b", "say \"hi\"\nthere", "𣵦沟村"], rows.Select(r => r["name"]));
        Assert.Equal([2, 3, 5], rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("code\n1\n", "no column 'name'")]
    [InlineData("code,name\n1,a,extra\n", "line 2: the row has 3 fields")]
    [InlineData("code,name\n1,\"open\n", "line 2: a quoted field is not closed")]
    [InlineData("", "the file is empty")]
    public void MalformedFilesAreRefusedWithWhereAndWhat(string text, string expected)
    {
        var error = Assert.Throws<ImportDataException>(() => CsvFile.Read(Write(text), "code", "name"));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void AFileThatIsNotUtf8IsRefused()
    {
        var path = Path.Combine(folder, "gbk.csv");
        File.WriteAllBytes(path, [.. "code,name\n1,"u8.ToArray(), 0xBA, 0xE9, 0xB6, 0xB4, (byte)'\n']);

        var error = Assert.Throws<ImportDataException>(() => CsvFile.Read(path, "code", "name"));

        Assert.Contains("not UTF-8", error.Message);
    }
}
