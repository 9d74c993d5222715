using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// Reads a file as UTF-8 and refuses anything else. A lenient decoder would turn GBK bytes
/// into U+FFFD and import garbled names; the department's files often come from Excel or
/// WPS on Chinese Windows, which save GB18030/GBK unless told otherwise.
/// </summary>
internal static class StrictUtf8
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private static readonly byte[] Utf16Le = [0xFF, 0xFE];
    private static readonly byte[] Utf16Be = [0xFE, 0xFF];

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Bom))
            bytes = bytes[Bom.Length..];
        else if (bytes.StartsWith(Utf16Le) || bytes.StartsWith(Utf16Be))
            return Refuse(new PlaceFileLocation(1),
                "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8 (in Excel: 'CSV UTF-8').");

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
            return new DecodedText(new string(chars, 0, written), null);

        var line = bytes[..read].Count((byte)'\n') + 1;
        var lineStart = bytes[..read].LastIndexOf((byte)'\n') + 1;
        var lineEnd = bytes[lineStart..].IndexOf((byte)'\n');
        var lineBytes = lineEnd < 0 ? bytes[lineStart..] : bytes[lineStart..(lineStart + lineEnd)];
        return Refuse(new PlaceFileLocation(line),
            $"the file is not valid UTF-8: byte 0x{bytes[read]:X2} at column {read - lineStart + 1} cannot start or continue a UTF-8 character. " +
            $"Read as GB18030 the line is \"{AsGb18030(lineBytes).TrimEnd('\r')}\" — if that looks right, the file is GB18030/GBK " +
            "(as Excel or WPS on Chinese Windows save it): convert it to UTF-8, e.g. `iconv -f GB18030 -t UTF-8 places.csv > places-utf8.csv`, " +
            "or in Excel choose Save As 'CSV UTF-8', then import again.");
    }

    private static DecodedText Refuse(PlaceFileLocation location, string message) =>
        new(null, new PlaceFileIssue(location, message));

    private static string AsGb18030(ReadOnlySpan<byte> line)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var shown = line.Length > 120 ? line[..120] : line;
        return Encoding.GetEncoding("GB18030").GetString(shown);
    }
}
