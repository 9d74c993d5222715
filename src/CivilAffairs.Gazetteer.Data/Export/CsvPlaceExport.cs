using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Data.Places;

namespace CivilAffairs.Gazetteer.Data.Export;

/// <summary>CSV (RFC 4180, UTF-8): id, the place's fields, its representative point as lon/lat and its geometry as WKT.</summary>
public sealed class CsvPlaceExport : IPlaceExportFormat
{
    public string Name => "csv";

    public string Description => "CSV (RFC 4180, UTF-8) with lon, lat of the representative point and the geometry as WKT";

    public async Task<long> WriteAsync(IAsyncEnumerable<PlaceRecord> places, string path, Crs crs, Action<long> written, CancellationToken cancellationToken)
    {
        await using var output = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await output.WriteLineAsync(string.Join(',', new[] { "id" }.Concat(PlaceColumns.Names).Concat(["lon", "lat", "wkt"])));
        long count = 0;
        await foreach (var place in places.WithCancellation(cancellationToken))
        {
            var columns = PlaceColumns.Of(place);
            var point = CoordinateConverter.Convert(new LonLat(place.Point.X, place.Point.Y), Crs.Wgs84, crs);
            var values = new[] { place.Id.ToString(CultureInfo.InvariantCulture) }
                .Concat(columns.Select(c => c.Value))
                .Concat([point.Lon.ToString("R", CultureInfo.InvariantCulture), point.Lat.ToString("R", CultureInfo.InvariantCulture), GeometryCrs.FromWgs84(place.Geometry, crs).AsText()]);
            await output.WriteLineAsync(string.Join(',', values.Select(Quote)));
            written(++count);
        }
        return count;
    }

    private static string Quote(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
