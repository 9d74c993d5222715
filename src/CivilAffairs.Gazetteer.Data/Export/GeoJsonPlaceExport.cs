using System.Text.Json;
using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Data.Places;

namespace CivilAffairs.Gazetteer.Data.Export;

/// <summary>A GeoJSON FeatureCollection (RFC 7946), one Feature per place, written as the places stream in.</summary>
public sealed class GeoJsonPlaceExport : IPlaceExportFormat
{
    public string Name => "geojson";

    public string Description => "GeoJSON FeatureCollection (RFC 7946); the place's fields as properties";

    public async Task<long> WriteAsync(IAsyncEnumerable<PlaceRecord> places, string path, Crs crs, Action<long> written, CancellationToken cancellationToken)
    {
        await using var file = File.Create(path);
        await using var json = new Utf8JsonWriter(file, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        if (crs != Crs.Wgs84)
            // RFC 7946 knows only WGS84; say plainly that these coordinates are not.
            json.WriteString("coordinateSystem", crs.ToString().ToUpperInvariant());
        json.WriteStartArray("features");
        long count = 0;
        await foreach (var place in places.WithCancellation(cancellationToken))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", place.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WritePropertyName("geometry");
            JsonSerializer.Serialize(json, GeometryCrs.FromWgs84(place.Geometry, crs), GeometryText.GeoJsonOptions);
            json.WriteStartObject("properties");
            foreach (var (name, value) in PlaceColumns.Of(place))
                if (value is null)
                    json.WriteNull(name);
                else
                    json.WriteString(name, value);
            json.WriteEndObject();
            json.WriteEndObject();
            written(++count);
            if (json.BytesPending > 64 * 1024)
                await json.FlushAsync(cancellationToken);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        return count;
    }
}
