using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// Writes the rejected records in the format they came in, each as it was written plus where
/// it was and why it was refused (columns/properties rejected_at and rejected_reason, which
/// the importer ignores), so the file can be corrected and imported again.
/// </summary>
internal static class RejectsWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string DefaultPath(string sourcePath) =>
        Path.Combine(Path.GetDirectoryName(sourcePath) ?? "", Path.GetFileNameWithoutExtension(sourcePath) + ".rejects" + Path.GetExtension(sourcePath));

    public static async Task WriteAsync(string path, PlaceFileContent content, IReadOnlyList<CheckedRecord> rejected, CancellationToken cancellationToken)
    {
        // A CSV gets a BOM so that Excel opens the Chinese text correctly (the importer skips it);
        // JSON must not have one (RFC 8259).
        if (content.Format == PlaceFileFormat.Csv)
            await File.WriteAllTextAsync(path, Csv(content.CsvHeader ?? "", rejected), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), cancellationToken);
        else
            await File.WriteAllTextAsync(path, GeoJson(rejected), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
    }

    private static string Csv(string header, IReadOnlyList<CheckedRecord> rejected)
    {
        var text = new StringBuilder();
        text.Append(header).Append(',').Append(PlaceColumns.RejectedAt).Append(',').Append(PlaceColumns.RejectedReason).Append("\r\n");
        foreach (var record in rejected)
            text.Append(record.Source.Raw).Append(',')
                .Append(Quote(record.Source.Location.ToString())).Append(',')
                .Append(Quote(record.Reason)).Append("\r\n");
        return text.ToString();
    }

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string GeoJson(IReadOnlyList<CheckedRecord> rejected)
    {
        var features = new JsonArray();
        foreach (var record in rejected)
        {
            var feature = Parse(record.Source.Raw) as JsonObject;
            if (feature is null)
                feature = new JsonObject { ["type"] = "Feature", ["geometry"] = null, ["properties"] = new JsonObject { ["original"] = record.Source.Raw } };
            if (feature["properties"] is not JsonObject properties)
                feature["properties"] = properties = new JsonObject();
            properties[PlaceColumns.RejectedAt] = record.Source.Location.ToString();
            properties[PlaceColumns.RejectedReason] = record.Reason;
            features.Add(feature);
        }
        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString(Json) + "\n";
    }

    private static JsonNode? Parse(string raw)
    {
        try
        {
            return JsonNode.Parse(raw);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
