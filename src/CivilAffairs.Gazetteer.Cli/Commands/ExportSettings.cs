using System.ComponentModel;
using System.Globalization;
using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Data.Export;
using CivilAffairs.Gazetteer.Data.Places;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>
/// `gazetteer export --format geojson|csv|gpkg -o FILE [filters]`: the filters of the places query,
/// as options (validated by the same <see cref="PlaceFilter"/> the API uses).
/// </summary>
internal sealed class ExportSettings : CommandSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("geojson, csv or gpkg (GeoPackage) for places, or lpf: the historical names in Linked Places Format (GeoJSON-LD), where the place filters do not apply.")]
    public string Format { get; init; } = "geojson";

    [CommandOption("-o|--output <FILE>")]
    [Description("The file to write.")]
    public string? Output { get; init; }

    [CommandOption("--division <CODE>")]
    [Description("Places whose division code starts with this code (14, 1410, 141024, ...).")]
    public string? Division { get; init; }

    [CommandOption("--category <CODE>")]
    [Description("A category code; repeat for several.")]
    public string[] Categories { get; init; } = [];

    [CommandOption("--status <STATUS>")]
    [Description("current, proposed, historical or retired; repeat for several.")]
    public string[] Statuses { get; init; } = [];

    [CommandOption("--provenance <PROVENANCE>")]
    [Description("official, sample, derived or collected; repeat for several.")]
    public string[] Provenances { get; init; } = [];

    [CommandOption("--text <TEXT>")]
    [Description("Part of the name or an alias, or the start of its pinyin.")]
    public string? Text { get; init; }

    [CommandOption("--bbox <BOX>")]
    [Description("minLon,minLat,maxLon,maxLat in WGS84 degrees.")]
    public string? Bbox { get; init; }

    [CommandOption("--near <LONLAT>")]
    [Description("lon,lat (WGS84): the centre of --radius, and what --order distance measures from.")]
    public string? Near { get; init; }

    [CommandOption("--radius <METRES>")]
    [Description("Places within this many metres of --near.")]
    public double? Radius { get; init; }

    [CommandOption("--within <POLYGON>")]
    [Description("Places inside this polygon: GeoJSON or WKT text, or @FILE holding either.")]
    public string? Within { get; init; }

    [CommandOption("--intersects <POLYGON>")]
    [Description("Places touching this polygon: GeoJSON or WKT text, or @FILE.")]
    public string? Intersects { get; init; }

    [CommandOption("--in-division <CODE>")]
    [Description("Places inside the polygon of this division (province, city or county).")]
    public string? InDivision { get; init; }

    [CommandOption("--order <ORDER>")]
    [Description("id (default), name, pinyin or distance (needs --near).")]
    public string Order { get; init; } = "id";

    [CommandOption("--crs <CRS>")]
    [Description("Coordinates out in wgs84 (default), gcj02 or bd09.")]
    public string Crs { get; init; } = "wgs84";

    public IPlaceExportFormat FormatValue => PlaceExportFormats.Find(Format)!;

    /// <summary>--format lpf: historical names, not places (see <see cref="ExportLpfCommand"/>).</summary>
    public bool IsLinkedPlaces => string.Equals(Format, "lpf", StringComparison.OrdinalIgnoreCase);

    public PlaceOrder OrderValue => Enum.Parse<PlaceOrder>(Order, ignoreCase: true);

    public Crs CrsValue => Enum.Parse<Crs>(Crs, ignoreCase: true);

    public override ValidationResult Validate()
    {
        if (PlaceExportFormats.Find(Format) is null && !IsLinkedPlaces)
            return ValidationResult.Error($"--format '{Format}' is not one of {PlaceExportFormats.Names}, lpf.");
        if (IsLinkedPlaces && (Division ?? Text ?? Bbox ?? Near ?? Within ?? Intersects ?? InDivision) is not null
            || IsLinkedPlaces && (Categories.Length + Statuses.Length + Provenances.Length > 0 || Radius is not null))
            return ValidationResult.Error("--format lpf exports every historical name; the place filters do not apply to it. Leave them out.");
        if (string.IsNullOrWhiteSpace(Output))
            return ValidationResult.Error("Say where to write the places: -o FILE.");
        if (!Enum.TryParse<PlaceOrder>(Order, ignoreCase: true, out _) || int.TryParse(Order, out _))
            return ValidationResult.Error($"--order '{Order}' is not one of id, name, pinyin, distance.");
        if (!Enum.TryParse<Crs>(Crs, ignoreCase: true, out _) || int.TryParse(Crs, out _))
            return ValidationResult.Error($"--crs '{Crs}' is not one of wgs84, gcj02, bd09.");
        foreach (var status in Statuses)
            if (!Enum.TryParse<PlaceStatus>(status, ignoreCase: true, out _) || int.TryParse(status, out _))
                return ValidationResult.Error($"--status '{status}' is not one of current, proposed, historical, retired.");
        foreach (var provenance in Provenances)
            if (!Enum.TryParse<Provenance>(provenance, ignoreCase: true, out _) || int.TryParse(provenance, out _))
                return ValidationResult.Error($"--provenance '{provenance}' is not one of official, sample, derived, collected.");
        try
        {
            _ = FilterInput();
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            return ValidationResult.Error(e.Message);
        }
        return ValidationResult.Success();
    }

    /// <summary>The options as the places query's filter input; <see cref="PlaceFilter.From"/> checks the rest.</summary>
    /// <exception cref="FormatException">A list of numbers is malformed.</exception>
    public PlaceFilterInput FilterInput()
    {
        var near = Near is null ? null : Numbers(Near, "--near", 2);
        return new PlaceFilterInput
        {
            DivisionCode = Division,
            Categories = Categories.Length == 0 ? null : [.. Categories],
            Statuses = Statuses.Length == 0 ? null : [.. Statuses.Select(s => Enum.Parse<PlaceStatus>(s, ignoreCase: true))],
            Provenance = Provenances.Length == 0 ? null : [.. Provenances.Select(p => Enum.Parse<Provenance>(p, ignoreCase: true))],
            Text = Text,
            Bbox = Bbox is null ? null : [.. Numbers(Bbox, "--bbox", 4)],
            Near = near is null ? null : new PointInput { Lon = near[0], Lat = near[1] },
            RadiusMeters = Radius,
            InDivision = InDivision,
        };
    }

    /// <summary>--within and --intersects, read (from @FILE when so written) but not yet checked.</summary>
    public (string? Within, string? Intersects) PolygonTexts() => (Read(Within), Read(Intersects));

    private static string? Read(string? value) => value is not null && value.StartsWith('@') ? File.ReadAllText(value[1..]) : value;

    private static double[] Numbers(string text, string option, int count)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var numbers = new double[parts.Length];
        if (parts.Length != count || parts.Where((p, i) => !double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i])).Any())
            throw new FormatException($"{option} '{text}' must be {count} numbers separated by commas, e.g. {(count == 2 ? "111.67,36.25" : "111.5,36.1,111.9,36.5")}.");
        return numbers;
    }
}
