using System.Globalization;
using System.Text.Encodings.Web;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

/// <summary>
/// Escapes only what JSON requires: the quote, the backslash, control characters, U+2028/U+2029
/// and broken surrogates. The built-in encoders, even with UnicodeRanges.All, escape every
/// character beyond the Basic Multilingual Plane, and real village names use CJK Extension B
/// (𣵦沟村): those must reach clients as written.
/// </summary>
internal sealed class JsonTextEncoder : JavaScriptEncoder
{
    public static JsonTextEncoder Instance { get; } = new();

    private JsonTextEncoder()
    {
    }

    /// <summary>The longest escape, \uXXXX.</summary>
    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < 0x20 || unicodeScalar is '"' or '\\' or 0x2028 or 0x2029 || unicodeScalar is >= 0xD800 and <= 0xDFFF;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < textLength && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (WillEncode(c))
                return i;
        }
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        // Only characters of the Basic Multilingual Plane are ever escaped (see WillEncode).
        var escaped = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ => "\\u" + unicodeScalar.ToString("X4", CultureInfo.InvariantCulture),
        };
        if (unicodeScalar > 0xFFFF || bufferLength < escaped.Length)
        {
            numberOfCharactersWritten = 0;
            return false;
        }
        for (var i = 0; i < escaped.Length; i++)
            buffer[i] = escaped[i];
        numberOfCharactersWritten = escaped.Length;
        return true;
    }
}
