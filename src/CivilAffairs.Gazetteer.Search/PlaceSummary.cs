using System.Text;
using CivilAffairs.Gazetteer.Chinese;
using Lucene.Net.Util;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Everything ranking and a hit need of a document, packed into one binary doc value. Reading stored
/// fields decompresses a 16 KB block per document (~65 µs each on these machines), which made loading
/// the 100 candidates of a biased autocomplete cost more than the search itself; a doc value is read
/// in place from the memory-mapped file.
/// </summary>
internal static class PlaceSummary
{
    private const byte Version = 1;

    public static BytesRef Encode(IndexedPlace place, IReadOnlyList<string> pinyinTerms, string? initials, EverydayPinyin? everyday)
    {
        using var buffer = new MemoryStream(256);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(place.Kind);
            writer.Write(place.Id);
            Optional(writer, place.Code);
            writer.Write(place.Name);
            List(writer, place.Aliases);
            List(writer, place.FormerNames);
            List(writer, place.TraditionalNames);
            Optional(writer, place.PinyinKey);
            List(writer, place.PinyinWords);
            Optional(writer, initials);
            Optional(writer, place.DivisionCode);
            writer.Write(place.Category);
            writer.Write(place.Status);
            writer.Write(place.Provenance);
            writer.Write(place.Weight);
            writer.Write(place.Lon is not null && place.Lat is not null);
            if (place.Lon is { } lon && place.Lat is { } lat)
            {
                writer.Write(lon);
                writer.Write(lat);
            }
            List(writer, pinyinTerms);
            Optional(writer, everyday?.Key);
            Optional(writer, everyday?.Initials);
        }
        return new BytesRef(buffer.ToArray());
    }

    /// <summary>Only the id of an encoded summary, read in place: past the version byte and the kind (a 7-bit length and UTF-8).</summary>
    public static long DecodeId(BytesRef bytes)
    {
        var span = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
        if (span.Length == 0 || span[0] != Version)
            throw new InvalidOperationException("The index holds place summaries of another version: delete the index folder to rebuild it.");
        int length = 0, shift = 0, at = 1;
        byte b;
        do
        {
            b = span[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(span[(at + length)..]);
    }

    public static IndexedPlace Decode(BytesRef bytes)
    {
        using var reader = Open(bytes);
        var kind = reader.ReadString();
        var id = reader.ReadInt64();
        var code = Optional(reader);
        var name = reader.ReadString();
        var aliases = List(reader);
        var former = List(reader);
        var traditional = List(reader);
        var pinyinKey = Optional(reader);
        var words = List(reader);
        var initials = Optional(reader);
        var division = Optional(reader);
        var category = reader.ReadString();
        var status = reader.ReadString();
        var provenance = reader.ReadString();
        var weight = reader.ReadInt32();
        double? lon = null, lat = null;
        if (reader.ReadBoolean())
        {
            lon = reader.ReadDouble();
            lat = reader.ReadDouble();
        }
        var terms = List(reader);
        var everydayKey = Optional(reader);
        var everydayInitials = Optional(reader);
        return new IndexedPlace(kind, id, code, name, aliases, former, traditional, pinyinKey, words, initials, division,
            category, status, provenance, weight, lon, lat)
        {
            IndexedPinyinTerms = terms,
            Everyday = everydayKey is null ? null : new EverydayPinyin(everydayKey, everydayInitials ?? ""),
        };
    }

    private static BinaryReader Open(BytesRef bytes)
    {
        var reader = new BinaryReader(new MemoryStream(bytes.Bytes, bytes.Offset, bytes.Length, writable: false), Encoding.UTF8);
        if (reader.ReadByte() == Version)
            return reader;
        reader.Dispose();
        throw new InvalidOperationException("The index holds place summaries of another version: delete the index folder to rebuild it.");
    }

    private static void Optional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    private static string? Optional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static void List(BinaryWriter writer, IReadOnlyList<string> values)
    {
        writer.Write7BitEncodedInt(values.Count);
        foreach (var value in values) writer.Write(value);
    }

    private static string[] List(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        if (count == 0) return [];
        var values = new string[count];
        for (var i = 0; i < count; i++) values[i] = reader.ReadString();
        return values;
    }
}
