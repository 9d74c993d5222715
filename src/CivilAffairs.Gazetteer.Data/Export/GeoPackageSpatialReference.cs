using CivilAffairs.Gazetteer.Coordinates;

namespace CivilAffairs.Gazetteer.Data.Export;

/// <summary>
/// The gpkg_spatial_ref_sys row of the coordinates a GeoPackage export holds. WGS84 is EPSG:4326;
/// GCJ-02 and BD-09 are offsets no authority registers, so they get ids of the file's own
/// (organization NONE) and a description that says what they are rather than a definition GIS
/// software would take for real WGS84.
/// </summary>
public sealed record GeoPackageSpatialReference(string Name, int Id, string Organization, int OrganizationId, string Definition, string Description)
{
    private const string Wgs84Definition =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]]," +
        "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    public static GeoPackageSpatialReference For(Crs crs) => crs switch
    {
        Crs.Wgs84 => new("WGS 84 geodetic", 4326, "EPSG", 4326, Wgs84Definition, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
        Crs.Gcj02 => new("GCJ-02", 990002, "NONE", 990002, "undefined",
            "GCJ-02 (国测局坐标): WGS 84 longitude/latitude with the offset Chinese web maps (Amap, Tencent) use"),
        Crs.Bd09 => new("BD-09", 990009, "NONE", 990009, "undefined",
            "BD-09: Baidu Maps' offset on top of GCJ-02, longitude/latitude in degrees"),
        _ => throw new ArgumentOutOfRangeException(nameof(crs), crs, null),
    };
}
