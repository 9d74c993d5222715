namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// Where a record is in the file: the physical line it starts on (CSV, and GeoJSON where the
/// feature could be located), and for GeoJSON the feature's index in "features" (from 0).
/// </summary>
public sealed record PlaceFileLocation(int? Line, int? FeatureIndex = null)
{
    public override string ToString() => (Line, FeatureIndex) switch
    {
        ({ } line, { } feature) => $"feature {feature} (line {line})",
        (null, { } feature) => $"feature {feature}",
        ({ } line, null) => $"line {line}",
        _ => "file",
    };
}
