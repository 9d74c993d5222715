using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// Reads a GeoJSON place file: a FeatureCollection whose features carry the place's
/// attributes as properties (named as the CSV columns) and its geometry in WGS84/CGCS2000.
/// Each feature is located by its index and the line it starts on.
/// </summary>
internal static class GeoJsonPlaceSource
{
    private static readonly JsonSerializerOptions GeometryOptions = new()
    {
        Converters = { new GeoJsonConverterFactory(GeometryReading.Factory) },
    };

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static PlaceFileContent Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, DocumentOptions);
        }
        catch (JsonException error)
        {
            return Refused(new PlaceFileLocation((int?)error.LineNumber + 1),
                $"the file is not valid JSON ({error.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}).");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !IsType(root, "FeatureCollection"))
                return Refused(null, "the file must be a GeoJSON FeatureCollection: {\"type\": \"FeatureCollection\", \"features\": [...]}.");
            if (CrsProblem(root) is { } crs)
                return Refused(null, crs);
            if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
                return Refused(null, "the FeatureCollection has no \"features\" array.");

            var lines = FeatureLines(bytes);
            var records = new List<SourceRecord>();
            var unknown = new SortedSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                var location = new PlaceFileLocation(index < lines.Count ? lines[index] : null, index);
                records.Add(ReadFeature(feature, location, unknown));
                index++;
            }
            var issues = unknown.Count == 0
                ? new List<PlaceFileIssue>()
                : [new PlaceFileIssue(null, $"properties ignored (not part of the format): {string.Join(", ", unknown)}.", IssueSeverity.Warning)];
            return new PlaceFileContent(PlaceFileFormat.GeoJson, records, issues);
        }
    }

    private static SourceRecord ReadFeature(JsonElement feature, PlaceFileLocation location, SortedSet<string> unknown)
    {
        var problems = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Geometry? geometry = null;
        if (feature.ValueKind != JsonValueKind.Object || !IsType(feature, "Feature"))
            return new SourceRecord(location, feature.GetRawText(), values, null,
                ["each element of \"features\" must be a GeoJSON Feature: {\"type\": \"Feature\", \"geometry\": ..., \"properties\": {...}}."]);

        if (feature.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
            foreach (var property in properties.EnumerateObject())
            {
                var name = property.Name.Trim().ToLowerInvariant();
                if (PlaceColumns.Ignored.Contains(name))
                    continue;
                if (!PlaceColumns.Attributes.Contains(name))
                {
                    unknown.Add(property.Name);
                    continue;
                }
                if (PropertyText(property.Value) is { } value)
                {
                    if (!string.IsNullOrWhiteSpace(value))
                        values[name] = value.Trim();
                }
                else
                    problems.Add($"property '{property.Name}' must be text or a number{(name == PlaceColumns.Aliases ? " (aliases may also be an array of text)" : "")}.");
            }
        else
            problems.Add("the feature has no \"properties\" object; the place's name, category and division_code go there.");

        if (!feature.TryGetProperty("geometry", out var geometryElement) || geometryElement.ValueKind == JsonValueKind.Null)
            problems.Add("the feature has no geometry; give a Point, LineString or Polygon (or their Multi forms) in lon/lat.");
        else
            try
            {
                geometry = geometryElement.Deserialize<Geometry>(GeometryOptions);
                if (geometry is null)
                    problems.Add("the geometry is empty.");
            }
            catch (Exception error) when (error is JsonException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
            {
                problems.Add(GeometryReading.Explain(error));
            }
        return new SourceRecord(location, feature.GetRawText(), values, geometry, problems);
    }

    private static string? PropertyText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Null => "",
        JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
            string.Join('|', value.EnumerateArray().Select(e => e.GetString())),
        _ => null,
    };

    private static bool IsType(JsonElement element, string type) =>
        element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == type;

    /// <summary>
    /// GeoJSON (RFC 7946) is WGS84 lon/lat; older files may name a crs. Accept the names of
    /// WGS84 and CGCS2000 (EPSG:4490); anything else is projected or another datum.
    /// </summary>
    private static string? CrsProblem(JsonElement root)
    {
        if (!root.TryGetProperty("crs", out var crs) || crs.ValueKind == JsonValueKind.Null)
            return null;
        var name = crs.TryGetProperty("properties", out var p) && p.TryGetProperty("name", out var n) ? n.GetString() ?? "" : crs.GetRawText();
        string[] accepted = ["CRS84", "EPSG::4326", "EPSG:4326", "EPSG::4490", "EPSG:4490"];
        return accepted.Any(a => name.EndsWith(a, StringComparison.OrdinalIgnoreCase))
            ? null
            : $"the file's crs is '{name}'; coordinates must be longitude/latitude in WGS84 or CGCS2000 (EPSG:4326 or EPSG:4490): reproject the file first.";
    }

    /// <summary>The line each element of the top-level "features" array starts on.</summary>
    private static List<int> FeatureLines(byte[] bytes)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var line = 1;
        var counted = 0;
        var depth = -1;
        while (reader.Read())
        {
            if (depth < 0)
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("features")
                    && reader.Read() && reader.TokenType == JsonTokenType.StartArray)
                    depth = reader.CurrentDepth + 1;
                else if (reader.CurrentDepth >= 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    reader.Skip();
                continue;
            }
            if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == depth - 1)
                break;
            var start = (int)reader.TokenStartIndex;
            line += bytes.AsSpan(counted, start - counted).Count((byte)'\n');
            counted = start;
            lines.Add(line);
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                reader.Skip();
        }
        return lines;
    }

    private static PlaceFileContent Refused(PlaceFileLocation? location, string message) =>
        new(PlaceFileFormat.GeoJson, [], [new PlaceFileIssue(location, message)]);
}
