using System.Text.Json;
using CivilAffairs.Gazetteer.Divisions;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Converters;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// A county polygon of data/county-boundaries-2017, keyed by its pre-2018 code. The source
/// coordinates are quantised (1/1024 degree), which leaves some rings self-intersecting: they
/// are repaired with <see cref="GeometryFixer"/> so unions and containment tests hold.
/// </summary>
internal sealed record CountyBoundary2017(DivisionCode Code, string Name, MultiPolygon Boundary, bool Repaired)
{
    public const string Folder = "county-boundaries-2017";

    public static IEnumerable<string> InputFiles(string dataDirectory) =>
        Directory.Exists(Path.Combine(dataDirectory, Folder))
            ? Directory.EnumerateFiles(Path.Combine(dataDirectory, Folder), "*.geojson").Order(StringComparer.Ordinal)
            : throw new ImportDataException(Folder, 0, $"the folder is missing under {dataDirectory}");

    public static IReadOnlyDictionary<DivisionCode, CountyBoundary2017> Read(string dataDirectory, GeometryFactory factory)
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory(factory) } };
        var boundaries = new Dictionary<DivisionCode, CountyBoundary2017>();
        foreach (var path in InputFiles(dataDirectory))
        {
            var file = Path.GetFileName(path);
            using var document = ReadDocument(path, file);
            if (!document.RootElement.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
                throw new ImportDataException(file, 0, "not a GeoJSON FeatureCollection (no 'features' array)");
            var index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                index++;
                var where = $"feature {index}";
                var idText = feature.TryGetProperty("id", out var id) ? id.ToString() : null;
                if (!DivisionCode.TryParse(idText, out var code) || code.Level != DivisionLevel.County)
                    throw new ImportDataException(file, 0, $"{where}: the id '{idText}' is not a 6-digit county code");
                var name = feature.TryGetProperty("properties", out var p) && p.TryGetProperty("name", out var n) ? n.GetString() : null;
                if (string.IsNullOrWhiteSpace(name))
                    throw new ImportDataException(file, 0, $"{where} ({code}): no properties.name");
                var geometry = feature.GetProperty("geometry").Deserialize<Geometry>(options)
                    ?? throw new ImportDataException(file, 0, $"{where} ({code}): no geometry");
                if (geometry is not (Polygon or MultiPolygon))
                    throw new ImportDataException(file, 0, $"{where} ({code}): a {geometry.GeometryType}, not a polygon");
                var repaired = !geometry.IsValid;
                var boundary = Polygons.AsMultiPolygon(repaired ? GeometryFixer.Fix(geometry) : geometry, factory);
                if (boundary.IsEmpty)
                    throw new ImportDataException(file, 0, $"{where} ({code}): the polygon is empty");
                if (!boundaries.TryAdd(code, new CountyBoundary2017(code, name, boundary, repaired)))
                    throw new ImportDataException(file, 0, $"{where}: the county {code} has a polygon already");
            }
        }
        return boundaries;
    }

    private static JsonDocument ReadDocument(string path, string file)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new ImportDataException(file, (int)(e.LineNumber ?? -1) + 1, $"not valid JSON: {e.Message}");
        }
    }
}
