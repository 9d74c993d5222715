using System.Globalization;
using CivilAffairs.Gazetteer.Divisions;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// The checks a record must pass before the database is asked anything: required values,
/// numbers, dates, codes, and the geometry. Every problem of the record is reported, not
/// only the first.
/// </summary>
internal sealed class PlaceRowValidator
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy年M月d日"];

    /// <summary>Status words as written in the department's files, English or Chinese.</summary>
    private static readonly Dictionary<string, string> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["current"] = "current", ["现行"] = "current", ["在用"] = "current", ["使用"] = "current",
        ["proposed"] = "proposed", ["拟用"] = "proposed", ["拟命名"] = "proposed",
        ["historical"] = "historical", ["历史"] = "historical",
        ["retired"] = "retired", ["废止"] = "retired", ["已废止"] = "retired",
    };

    private readonly WKTReader wkt = new(GeometryReading.Services) { IsStrict = true, FixStructure = false };

    public void Validate(CheckedRecord record)
    {
        var source = record.Source;
        foreach (var problem in source.Problems)
            record.Error(problem);
        if (source.Problems.Count > 0 && source.Values.Count == 0)
            return;

        var values = source.Values;
        string? Value(string column) => values.TryGetValue(column, out var v) ? v : null;

        var name = Value(PlaceColumns.Name);
        if (name is null)
            record.Error("name is empty; every place needs its standard name.");
        else if (name.Any(char.IsControl))
            record.Error("name contains a control character (a tab or line break); write the name on one line.");

        var code = Value(PlaceColumns.Code);
        if (code is not null && (code.Length > 64 || code.Any(char.IsWhiteSpace)))
            record.Error($"code '{code}' is not a place-name code: at most 64 characters and no spaces.");

        var category = Value(PlaceColumns.Category);
        if (category is null)
            record.Error("category is empty; give a category code or its Chinese name from place_category.");

        var division = default(DivisionCode?);
        var divisionText = Value(PlaceColumns.DivisionCode);
        if (divisionText is null)
            record.Error("division_code is empty; give the code of the division the place lies in (141024, 141024100 or 141024100201).");
        else if (!DivisionCode.TryParse(divisionText, out var parsed))
            record.Error("division_code " + DivisionCode.Explain(divisionText));
        else if (!parsed.Full.StartsWith("14", StringComparison.Ordinal))
            record.Error($"division_code {divisionText} is not in Shanxi: Shanxi codes start with 14.");
        else
            division = parsed;

        var geometry = source.Geometry ?? ReadCsvGeometry(record, values);
        if (geometry is not null)
            foreach (var problem in GeometryChecks.Problems(geometry))
                record.Error(problem);

        var status = "current";
        if (Value(PlaceColumns.Status) is { } statusText && !Statuses.TryGetValue(statusText, out status!))
        {
            record.Error($"status '{statusText}' is unknown; write current, proposed, historical or retired (现行, 拟用, 历史, 废止).");
            status = "current";
        }

        var validFrom = Date(record, PlaceColumns.ValidFrom, Value(PlaceColumns.ValidFrom));
        var validTo = Date(record, PlaceColumns.ValidTo, Value(PlaceColumns.ValidTo));
        var approvalDate = Date(record, PlaceColumns.ApprovalDate, Value(PlaceColumns.ApprovalDate));
        var announcementDate = Date(record, PlaceColumns.AnnouncementDate, Value(PlaceColumns.AnnouncementDate));
        if (validFrom > validTo)
            record.Error($"valid_to {validTo:yyyy-MM-dd} is before valid_from {validFrom:yyyy-MM-dd}.");

        if (record.Issues.Any(i => i.IsError) || name is null || category is null || division is null || geometry is null)
            return;

        record.Place = new ValidatedPlace(
            code, name, category, division.Value, geometry, GeometryChecks.RepresentativePoint(geometry),
            Aliases(Value(PlaceColumns.Aliases), name),
            Value(PlaceColumns.Specific), Value(PlaceColumns.Generic), Value(PlaceColumns.ShortName),
            Value(PlaceColumns.Meaning), Value(PlaceColumns.Origin), Value(PlaceColumns.History), Value(PlaceColumns.Description),
            status, validFrom, validTo,
            Value(PlaceColumns.ApprovalAuthority), Value(PlaceColumns.ApprovalDocument), approvalDate, announcementDate,
            Value(PlaceColumns.Sources));
    }

    private Geometry? ReadCsvGeometry(CheckedRecord record, IReadOnlyDictionary<string, string> values)
    {
        if (values.TryGetValue(PlaceColumns.Wkt, out var text))
        {
            try
            {
                var geometry = wkt.Read(text);
                geometry.SRID = 4326;
                return geometry;
            }
            catch (Exception error) when (error is ParseException or ArgumentException or FormatException)
            {
                record.Error("wkt: " + GeometryReading.Explain(error));
                return null;
            }
        }

        values.TryGetValue(PlaceColumns.Lon, out var lonText);
        values.TryGetValue(PlaceColumns.Lat, out var latText);
        if (lonText is null && latText is null)
        {
            if (record.Source.Location.FeatureIndex is null)
                record.Error("no geometry: fill lon and lat (decimal degrees, WGS84/CGCS2000) or wkt.");
            return null;
        }
        var lon = Number(record, PlaceColumns.Lon, lonText);
        var lat = Number(record, PlaceColumns.Lat, latText);
        return lon is null || lat is null ? null : GeometryReading.Factory.CreatePoint(new Coordinate(lon.Value, lat.Value));
    }

    private static double? Number(CheckedRecord record, string column, string? text)
    {
        if (text is null)
        {
            record.Error($"{column} is empty; give both lon and lat in decimal degrees.");
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        record.Error($"{column} '{text}' is not a number; write decimal degrees with a point, such as 111.6740 (not 111°40′ or 111,674).");
        return null;
    }

    private static DateOnly? Date(CheckedRecord record, string column, string? text)
    {
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        record.Error($"{column} '{text}' is not a date; write it as 2023-05-01.");
        return null;
    }

    /// <summary>Aliases are separated by | or ; (either width), the standard name left out.</summary>
    private static string[] Aliases(string? text, string name) =>
        text is null
            ? []
            : text.Split(['|', ';', '；', '｜'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(a => a != name)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
}
