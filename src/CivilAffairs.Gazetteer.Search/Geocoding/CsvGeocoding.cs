using System.Globalization;
using CivilAffairs.Gazetteer.Coordinates;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// The file path of `gazetteer geocode IN.csv -o OUT.csv`: reads addresses as a stream (the column
/// named "address", else the first) and writes one row per input row, in order, whatever the input
/// holds — a bad row gets INVALID or NO_MATCH, never stops the file.
/// </summary>
public static class CsvGeocoding
{
    public const string OutputHeader = "row,address,status,level,code,names,lon,lat,point_derived,confidence,alternatives,unused";

    public static async Task<CsvGeocodingSummary> RunAsync(
        TextReader input, TextWriter output, Geocoder geocoder, Crs crs, DateOnly? asOf, IProgress<long>? rowsDone, CancellationToken cancellationToken)
    {
        var addressColumn = -1;
        long rows = 0, matched = 0, ambiguous = 0;
        await output.WriteLineAsync(OutputHeader.AsMemory(), cancellationToken);
        await foreach (var record in CsvRecords.ReadAsync(input, cancellationToken))
        {
            if (addressColumn < 0)
            {
                addressColumn = Math.Max(0, record.ToList().FindIndex(f => f.Trim().Equals("address", StringComparison.OrdinalIgnoreCase)));
                if (record.Any(f => f.Trim().Equals("address", StringComparison.OrdinalIgnoreCase)))
                    continue;
            }
            rows++;
            var address = addressColumn < record.Count ? record[addressColumn] : "";
            var result = geocoder.Geocode(address, asOf);
            if (result.Status == GeocodeStatus.Matched) matched++;
            if (result.Status == GeocodeStatus.Ambiguous) ambiguous++;
            output.WriteLine(Row(rows, address, result, crs));
            if (rows % 1000 == 0)
                rowsDone?.Report(rows);
        }
        rowsDone?.Report(rows);
        await output.FlushAsync(cancellationToken);
        return new CsvGeocodingSummary(rows, matched, ambiguous);
    }

    /// <summary>The status as the API spells it: MATCHED, AMBIGUOUS, NO_MATCH, INVALID.</summary>
    public static string Wire(GeocodeStatus status) => status switch
    {
        GeocodeStatus.Matched => "MATCHED",
        GeocodeStatus.Ambiguous => "AMBIGUOUS",
        GeocodeStatus.NoMatch => "NO_MATCH",
        _ => "INVALID",
    };

    private static string Row(long row, string address, GeocodeResult result, Crs crs)
    {
        var best = result.Best;
        var point = best?.PointIn(crs);
        return string.Join(',',
            row.ToString(CultureInfo.InvariantCulture),
            CsvRecords.Field(address.Length > 200 ? address[..200] : address),
            Wire(result.Status),
            best?.Level.ToString().ToUpperInvariant() ?? "",
            best?.Code ?? "",
            CsvRecords.Field(best is null ? "" : string.Join('/', best.Chain.Select(c => c.Name))),
            point?.Lon.ToString("F6", CultureInfo.InvariantCulture) ?? "",
            point?.Lat.ToString("F6", CultureInfo.InvariantCulture) ?? "",
            best is null || point is null ? "" : best.PointDerived ? "true" : "false",
            best?.Confidence.ToString("F3", CultureInfo.InvariantCulture) ?? "0",
            result.Alternatives.Count.ToString(CultureInfo.InvariantCulture),
            CsvRecords.Field(result.Status == GeocodeStatus.Invalid ? result.Message ?? "" : result.UnusedText));
    }
}
