using CivilAffairs.Gazetteer.Coordinates;

namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>A point as the client sent it: degrees in the coordinate system it names (WGS84 unless said).</summary>
public sealed class PointInput
{
    public double Lon { get; set; }
    public double Lat { get; set; }
    public Crs Crs { get; set; } = Crs.Wgs84;
}
