using CivilAffairs.Gazetteer.Data.Import.Files;

namespace CivilAffairs.Gazetteer.Data.Tests.Import.Files;

public sealed class CsvRecordReaderTests
{
    public static TheoryData<string, string, string[], int[]> WellFormed => new()
    {
        // what, CSV text, the fields of every record joined by '|', the line each record starts on
        { "plain records, LF", "a,b\n1,2\n", ["a|b", "1|2"], [1, 2] },
        { "CRLF line ends", "a,b\r\n1,2\r\n", ["a|b", "1|2"], [1, 2] },
        { "no line end at the end", "a,b\n1,2", ["a|b", "1|2"], [1, 2] },
        { "a comma inside quotes", "a,b\n\"洪洞,大槐树\",2\n", ["a|b", "洪洞,大槐树|2"], [1, 2] },
        { "a doubled quote inside quotes", "a\n\"称\"\"古槐\"\"\"\n", ["a", "称\"古槐\""], [1, 2] },
        { "a line break inside quotes moves the next record's line", "a,b\n\"明初\n迁民\",2\n3,4\n", ["a|b", "明初\n迁民|2", "3|4"], [1, 2, 4] },
        { "blank lines are skipped but counted", "a\n\n1\n\n2\n", ["a", "1", "2"], [1, 3, 5] },
        { "empty fields", "a,b,c\n,,\n", ["a|b|c", "||"], [1, 2] },
        { "a CJK Extension B character", "a\n𣵦沟村\n", ["a", "𣵦沟村"], [1, 2] },
    };

    [Theory]
    [MemberData(nameof(WellFormed))]
    public void ReadsRecordsWithTheirFirstPhysicalLine(string what, string text, string[] fields, int[] lines)
    {
        var records = CsvRecordReader.Read(text).ToList();

        Assert.True(records.All(r => r.Problem is null), what);
        Assert.Equal(fields, records.Select(r => string.Join('|', r.Fields)));
        Assert.Equal(lines, records.Select(r => r.Line));
    }

    [Fact]
    public void KeepsTheOriginalTextOfAMultiLineRecord()
    {
        var records = CsvRecordReader.Read("a,b\r\n\"明初\r\n迁民\",2\r\n").ToList();

        Assert.Equal("\"明初\r\n迁民\",2", records[1].Raw);
    }

    public static TheoryData<string, string, int, string> Malformed => new()
    {
        // what, CSV text, the line of the bad record, what the message says
        { "a quote inside an unquoted value", "a,b\n1,2\n洪\"洞,2\n", 3, "double quote inside an unquoted value" },
        { "text after the closing quote", "a,b\n\"洪洞\"县,2\n", 2, "text after its closing double quote" },
        { "a quote never closed", "a,b\n1,2\n\"洪洞,2\n3,4\n", 3, "opened on line 3 is never closed" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void ReportsBrokenQuotingOnTheRecord(string what, string text, int line, string message)
    {
        var bad = CsvRecordReader.Read(text).Single(r => r.Problem is not null);

        Assert.Equal(line, bad.Line);
        Assert.True(bad.Problem!.Contains(message, StringComparison.Ordinal), $"{what}: {bad.Problem}");
    }
}
