using System.Globalization;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>One real record of data/chgis-shanxi/chgis-shanxi.csv (China Historical GIS, TGAZ).</summary>
internal sealed record ChgisRecord(
    string TgazId, string Traditional, string Simplified, string Pinyin, double Latitude, double Longitude,
    int BeginYear, int EndYear, string FeatureType, string PresentLocation)
{
    public const string CanonicalPage = "http://maps.cga.harvard.edu/tgaz/placename/";

    public bool IsVillage => FeatureType.StartsWith("villages", StringComparison.Ordinal);

    public string Page => CanonicalPage + TgazId;

    public static IReadOnlyList<ChgisRecord> Load(string dataDirectory) =>
        CsvFile.Read(Path.Combine(dataDirectory, "chgis-shanxi", "chgis-shanxi.csv"), 11)
            .Select(r => new ChgisRecord(r[0], r[1], r[2], r[3],
                double.Parse(r[4], CultureInfo.InvariantCulture), double.Parse(r[5], CultureInfo.InvariantCulture),
                int.Parse(r[6], CultureInfo.InvariantCulture), int.Parse(r[7], CultureInfo.InvariantCulture), r[8], r[9]))
            .ToList();
}
