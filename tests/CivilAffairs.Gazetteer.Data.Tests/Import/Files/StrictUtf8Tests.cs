using System.Text;
using CivilAffairs.Gazetteer.Data.Import.Files;

namespace CivilAffairs.Gazetteer.Data.Tests.Import.Files;

public sealed class StrictUtf8Tests
{
    [Fact]
    public void SkipsTheByteOrderMark()
    {
        var decoded = StrictUtf8.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("name\n洪洞县\n")]);

        Assert.Null(decoded.Problem);
        Assert.Equal("name\n洪洞县\n", decoded.Text);
    }

    [Fact]
    public void RefusesGbkBytesAtTheirLineAndShowsTheLineReadAsGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.UTF8.GetBytes("name,category\n").Concat(Encoding.GetEncoding("GBK").GetBytes("洪洞县,county\n")).ToArray();

        var decoded = StrictUtf8.Decode(bytes);

        Assert.Null(decoded.Text);
        Assert.Equal(2, decoded.Problem!.Location!.Line);
        Assert.Contains("not valid UTF-8", decoded.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("\"洪洞县,county\"", decoded.Problem.Message, StringComparison.Ordinal);
        Assert.Contains("iconv -f GB18030 -t UTF-8", decoded.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesUtf16WithAdvice()
    {
        var decoded = StrictUtf8.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("name")]);

        Assert.Contains("UTF-16", decoded.Problem!.Message, StringComparison.Ordinal);
    }
}
