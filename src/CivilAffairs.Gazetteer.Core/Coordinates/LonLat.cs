namespace CivilAffairs.Gazetteer.Coordinates;

/// <summary>A longitude/latitude pair in degrees, in whichever <see cref="Crs"/> the caller says.</summary>
public readonly record struct LonLat(double Lon, double Lat)
{
    public bool IsValid => double.IsFinite(Lon) && double.IsFinite(Lat) && Lon is >= -180 and <= 180 && Lat is >= -90 and <= 90;

    /// <summary>A message a person can act on when <see cref="IsValid"/> is false.</summary>
    public string Problem => IsValid
        ? ""
        : $"({Lon}, {Lat}) is not a coordinate: longitude must be a number in [-180, 180] and latitude in [-90, 90].";
}
