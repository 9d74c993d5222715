using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// The box around Shanxi (110°14′–114°33′ E, 34°34′–40°44′ N) with a few kilometres to spare,
/// a cheap first test that catches swapped, projected or mistyped coordinates.
/// </summary>
internal static class ShanxiExtent
{
    public static Envelope Box { get; } = new(110.1, 114.7, 34.5, 40.8);

    public const string Description = "longitude 110.1–114.7, latitude 34.5–40.8";
}
