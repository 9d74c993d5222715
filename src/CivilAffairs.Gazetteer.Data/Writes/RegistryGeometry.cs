using NetTopologySuite.Geometries;
using static CivilAffairs.Gazetteer.Data.Writes.WriteSql;

namespace CivilAffairs.Gazetteer.Data.Writes;

/// <summary>A geometry a client sends for the registry: WGS84, valid, not empty, within Shanxi.</summary>
internal static class RegistryGeometry
{
    private static readonly Envelope ShanxiBox = new(110.1, 114.7, 34.5, 40.8);

    /// <summary>The geometry with SRID 4326, or a BAD_USER_INPUT refusal saying what is wrong; null stays null.</summary>
    public static Geometry? Checked(Geometry? geometry)
    {
        if (geometry is null)
            return null;
        geometry.SRID = 4326;
        if (geometry.IsEmpty || !geometry.IsValid)
            throw Bad("The geometry is empty or not valid (a ring crosses itself?): give a GeoJSON point, line or polygon.");
        if (!ShanxiBox.Covers(geometry.EnvelopeInternal))
            throw Bad("The geometry lies outside Shanxi (longitude 110.1–114.7, latitude 34.5–40.8): coordinates are WGS84 longitude, latitude — were they swapped?");
        return geometry;
    }
}
