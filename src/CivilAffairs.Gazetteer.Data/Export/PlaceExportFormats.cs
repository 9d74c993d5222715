namespace CivilAffairs.Gazetteer.Data.Export;

/// <summary>The export formats by name; a new format is one more entry here.</summary>
public static class PlaceExportFormats
{
    public static IReadOnlyList<IPlaceExportFormat> All { get; } = [new GeoJsonPlaceExport(), new CsvPlaceExport(), new GeoPackagePlaceExport()];

    public static IPlaceExportFormat? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(f => f.Name));
}
