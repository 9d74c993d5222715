using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// A county-level name of the CHGIS 1820 time slice (data/chgis-shanxi): a county (县), a
/// department (州) or an independent department (直隶州), with its TGAZ id and seat point.
/// Prefectures (府) are left out: a prefecture's name is not a former name of the county that
/// was its seat.
/// </summary>
internal sealed record ChgisCountyName(string TgazId, string NameTraditional, string NameSimplified, int BeginYear, int EndYear, string FeatureType, Point Point)
{
    public const string File = "chgis-shanxi/chgis-shanxi.csv";
    public const int Slice = 1820;

    private static readonly string[] CountyLevelTypes = ["county 县", "department 州", "independent prefecture 直隶州"];
    private static readonly string[] Generics = ["直隶州", "县", "州", "厅"];

    /// <summary>The name without its generic (洪洞 of 洪洞县, 岢岚 of 岢岚州).</summary>
    public string Specific =>
        Generics.FirstOrDefault(g => NameSimplified.Length > g.Length && NameSimplified.EndsWith(g, StringComparison.Ordinal)) is { } generic
            ? NameSimplified[..^generic.Length]
            : NameSimplified;

    public string Citation =>
        $"CHGIS, Harvard University and Fudan University: TGAZ {TgazId}, http://maps.cga.harvard.edu/tgaz/placename/{TgazId}";

    public static IReadOnlyList<ChgisCountyName> Read(string dataDirectory, GeometryFactory factory)
    {
        var names = new List<ChgisCountyName>();
        foreach (var r in CsvFile.Read(Path.Combine(dataDirectory, File), "tgaz_id", "name_traditional", "name_simplified", "lat", "lon", "begin_year", "end_year", "feature_type"))
        {
            var type = r["feature_type"];
            if (!CountyLevelTypes.Contains(type))
                continue;
            var begin = r.RequiredInt("begin_year");
            var end = r.RequiredInt("end_year");
            if (begin > Slice || end < Slice)
                continue;
            var (lat, lon) = (r.RequiredDouble("lat"), r.RequiredDouble("lon"));
            if (lat is < -90 or > 90 || lon is < -180 or > 180)
                throw r.Invalid($"the point ({lat}, {lon}) is not a latitude/longitude");
            var point = factory.CreatePoint(new Coordinate(lon, lat));
            point.SRID = factory.SRID;
            var (traditional, simplified) = (r.Required("name_traditional"), r.Required("name_simplified"));
            // CHGIS doubles the generic of one-character counties (兴县县 for 兴县, 祁縣縣 for 祁縣).
            if (simplified.EndsWith("县县", StringComparison.Ordinal) && traditional.EndsWith("縣縣", StringComparison.Ordinal))
                (traditional, simplified) = (traditional[..^1], simplified[..^1]);
            names.Add(new ChgisCountyName(r.Required("tgaz_id"), traditional, simplified, begin, end, type, point));
        }
        return names;
    }
}
