namespace CivilAffairs.Gazetteer.Api.Tiles;

/// <summary>
/// The layers of /tiles/{z}/{x}/{y}.mvt and the zoom from which each appears (generalisation by
/// zoom): counties from 4, county labels from 6, townships (乡镇街道) from 9, villages (村/社区) from
/// 11, landforms and waters from 10, scenic and memorial sites and zones from 11, settlements,
/// roads, facilities and buildings from 13, points of interest from 14. Every point feature carries
/// its place id (feature id and attribute <c>id</c>), <c>name</c> in Chinese and <c>pinyin</c>.
/// </summary>
internal static class TileLayers
{
    /// <summary>Deepest zoom at which the data changes; clients over-zoom beyond it.</summary>
    public const int MaxDataZoom = 14;

    /// <summary>MVT's usual grid: coordinates inside a tile run from 0 to 4096.</summary>
    public const int Extent = 4096;

    /// <summary>Features this far past the tile edge (in tile units) are kept, so labels and lines cross tile edges.</summary>
    public const int Buffer = 64;

    public static IReadOnlyList<TileLayer> All { get; } =
    [
        new("counties", 4, "County-level divisions (县级行政区) as polygons, simplified to the zoom.",
            new() { ["code"] = "6-digit division code", ["name"] = "Chinese name", ["pinyin"] = "romanization with tones" }),
        new("county_labels", 6, "A label point for each county-level division.",
            new() { ["id"] = "place id", ["code"] = "6-digit division code", ["name"] = "Chinese name", ["pinyin"] = "romanization with tones" }),
        new("townships", 9, "Townships, towns and subdistricts (乡镇街道).",
            new() { ["id"] = "place id", ["code"] = "9-digit division code", ["name"] = "Chinese name", ["pinyin"] = "romanization with tones" }),
        new("villages", 11, "Village committees and communities (村委会 / 居委会).",
            new() { ["id"] = "place id", ["code"] = "12-digit division code", ["name"] = "Chinese name", ["pinyin"] = "romanization with tones", ["category"] = "village_committee or community" }),
        new("places", 10, "Other current places by category: landforms and waters from zoom 10, zones and scenic or memorial sites from 11, settlements, roads, facilities and buildings from 13.",
            new() { ["id"] = "place id", ["name"] = "Chinese name", ["pinyin"] = "romanization with tones", ["category"] = "category code (data/categories.csv)", ["class"] = "census class", ["provenance"] = "official, sample, derived or collected" }),
        new("pois", 14, "Points of interest collected in the field and not rejected or merged.",
            new() { ["id"] = "poi id", ["name"] = "Chinese name", ["category"] = "category", ["state"] = "pending or accepted", ["provenance"] = "official, sample, derived or collected" }),
    ];

    /// <summary>The zoom from which places of each census class appear in the <c>places</c> layer.</summary>
    public static IReadOnlyDictionary<string, int> PlaceClassMinZoom { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["landform"] = 10,
        ["land_water_system"] = 10,
        ["non_administrative_area"] = 11,
        ["memorial_scenic_site"] = 11,
        ["settlement"] = 13,
        ["transport_facility"] = 13,
        ["water_power_communication_facility"] = 13,
        ["building"] = 13,
        ["organisation"] = 13,
    };

    /// <summary>The census classes the <c>places</c> layer holds at a zoom.</summary>
    public static string[] PlaceClassesAt(int zoom) =>
        PlaceClassMinZoom.Where(c => zoom >= c.Value).Select(c => c.Key).ToArray();

    public static int MinZoom(string layer) => All.Single(l => l.Id == layer).MinZoom;
}
