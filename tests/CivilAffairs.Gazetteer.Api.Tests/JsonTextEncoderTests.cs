using System.Text.Json;
using CivilAffairs.Gazetteer.Api.GraphQL.Http;

namespace CivilAffairs.Gazetteer.Api.Tests;

public sealed class JsonTextEncoderTests
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JsonTextEncoder.Instance };

    [Theory]
    [InlineData("洪洞县", "\"洪洞县\"")]
    [InlineData("𣵦沟村", "\"𣵦沟村\"")]
    [InlineData("Hóngtóng Xiàn", "\"Hóngtóng Xiàn\"")]
    [InlineData("Xī'ān <b>&", "\"Xī'ān <b>&\"")]
    [InlineData("say \"no\" \\ here", "\"say \\\"no\\\" \\\\ here\"")]
    [InlineData("line\nbreak\ttab", "\"line\\nbreak\\ttab\"")]
    [InlineData("\u0001\u001f", "\"\\u0001\\u001F\"")]
    [InlineData("a\u2028b", "\"a\\u2028b\"")]
    public void TextIsWrittenAsJsonRequiresAndReadsBackTheSame(string text, string json)
    {
        var written = JsonSerializer.Serialize(text, Options);

        Assert.Equal(json, written);
        Assert.Equal(text, JsonSerializer.Deserialize<string>(written));
    }
}
