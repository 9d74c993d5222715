using CivilAffairs.Gazetteer.Divisions;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// The 2017 county polygons mapped onto the 2023 county codes through data/lineage: an
/// unchanged county keeps its polygon, a renamed one takes its predecessor's, a merged one
/// the union of its predecessors'.
/// A predecessor that went only in part into a new unit (南郊区, split between 平城区 and
/// 云冈区) is included whole in every unit that took a part of it, because the data does not
/// say where the line runs: those polygons are upper bounds that overlap each other, and they
/// are marked approximate (their place's geom_derived is true and the division's source says so).
/// </summary>
internal sealed class CountyPolygons2023
{
    private readonly Dictionary<DivisionCode, MultiPolygon> boundaries = [];
    private readonly Dictionary<DivisionCode, string> sources = [];
    private readonly HashSet<DivisionCode> approximate = [];

    public MultiPolygon this[DivisionCode county] => boundaries[county];

    public bool TryGet(DivisionCode county, out MultiPolygon boundary) => boundaries.TryGetValue(county, out boundary!);

    public string SourceOf(DivisionCode county) => sources[county];

    public bool IsApproximate(DivisionCode county) => approximate.Contains(county);

    public static CountyPolygons2023 Map(
        IEnumerable<DivisionUnit> counties,
        IReadOnlyDictionary<DivisionCode, CountyBoundary2017> polygons2017,
        IReadOnlyList<CountyChange> changes,
        GeometryFactory factory)
    {
        var map = new CountyPolygons2023();
        var used = new HashSet<DivisionCode>();
        var byNewCode = changes.ToDictionary(c => c.NewCode);
        foreach (var county in counties.Where(c => !c.Code.IsStatisticalZone))
        {
            if (byNewCode.TryGetValue(county.Code, out var change))
            {
                var parts = new List<MultiPolygon>();
                foreach (var predecessor in change.Predecessors)
                {
                    if (!polygons2017.TryGetValue(predecessor.Code, out var old))
                        throw new ImportDataException(CountyChange.File, 0, $"{change.NewCode} {change.NewName}: the predecessor {predecessor.Code} has no polygon in {CountyBoundary2017.Folder}");
                    parts.Add(old.Boundary);
                    used.Add(predecessor.Code);
                }
                map.boundaries[county.Code] = parts.Count == 1 ? parts[0] : Polygons.Union(parts, factory);
                var described = string.Join(" + ", change.Predecessors.Select(p => $"{p.Code} {p.Name}{(p.Part ? " (part)" : "")}"));
                var partial = change.Predecessors.Where(p => p.Part).ToList();
                if (partial.Count > 0)
                {
                    map.approximate.Add(county.Code);
                    map.sources[county.Code] =
                        $"boundary approximate: the 2017 polygons of {described}; " +
                        $"{string.Join(", ", partial.Select(p => p.Name))} went in only in part and the line is not in the data, so its whole polygon is included (an upper bound that overlaps its other successor)";
                }
                else
                {
                    map.sources[county.Code] = $"boundary: the 2017 polygon{(parts.Count > 1 ? "s" : "")} of {described} ({change.Year} {change.Kind})";
                }
            }
            else if (polygons2017.TryGetValue(county.Code, out var same))
            {
                map.boundaries[county.Code] = same.Boundary;
                map.sources[county.Code] = "boundary: the 2017 county polygon";
                used.Add(county.Code);
            }
            else
            {
                throw new ImportDataException(CountyBoundary2017.Folder, 0,
                    $"the 2023 county {county.Code.Short} {county.Name} has no 2017 polygon and no row in {CountyChange.File} saying what it was made from");
            }
        }

        var unused = polygons2017.Keys.Where(c => !used.Contains(c)).Order().ToList();
        if (unused.Count > 0)
            throw new ImportDataException(CountyBoundary2017.Folder, 0,
                $"the 2017 polygons of {string.Join(", ", unused)} belong to no 2023 county: add their change to {CountyChange.File}");
        return map;
    }
}
