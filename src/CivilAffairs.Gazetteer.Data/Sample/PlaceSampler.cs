namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// Generates the sample places of every census class, spread over the counties (settlements by
/// their real village counts, urban classes towards districts), each inside its county polygon
/// and tied to a real village or township code; with stories, aliases and former names for a share.
/// </summary>
internal sealed class PlaceSampler(IReadOnlyList<CountyArea> counties, PlaceNamer namer, NetTopologySuite.Geometries.GeometryFactory geometryFactory)
{
    public const double StoryShare = 0.15;
    public const double AliasShare = 0.08;
    public const double FormerNameShare = 0.05;

    private static readonly string[] RevolutionaryNames = ["红旗", "东风", "向阳", "胜利", "卫东", "红星", "前进", "跃进"];

    public sealed record Result(IReadOnlyList<PlaceRow> Places, IReadOnlyList<FormerNameRow> FormerNames, IReadOnlyList<long>[] PlacesByCounty);

    /// <summary>
    /// Generates the classes in parallel, each from its own random stream of <paramref name="seed"/>
    /// and its own id range, so the rows do not depend on how the threads interleave.
    /// </summary>
    public Result Generate(int count, long firstId, int seed)
    {
        var classCounts = SampleClass.Apportion(count);
        var parts = new (List<PlaceRow> Places, List<FormerNameRow> FormerNames, List<long>[] ByCounty)[classCounts.Length];
        Parallel.For(0, classCounts.Length, c =>
        {
            var classFirstId = firstId + classCounts.Take(c).Sum();
            parts[c] = GenerateClass(SampleClass.All[c], classCounts[c], classFirstId, new Random(unchecked(seed * 31 + c * 7_368_787)));
        });
        var byCounty = counties.Select(_ => new List<long>()).ToArray();
        foreach (var part in parts)
            for (var i = 0; i < byCounty.Length; i++)
                byCounty[i].AddRange(part.ByCounty[i]);
        return new Result(parts.SelectMany(p => p.Places).ToList(), parts.SelectMany(p => p.FormerNames).ToList(), byCounty);
    }

    private (List<PlaceRow>, List<FormerNameRow>, List<long>[]) GenerateClass(SampleClass sampleClass, int count, long firstId, Random random)
    {
        var places = new List<PlaceRow>(count);
        var formerNames = new List<FormerNameRow>(count / 15);
        var byCounty = counties.Select(_ => new List<long>()).ToArray();
        var placer = new CountyPlacer(geometryFactory);
        var where = new WeightedChoice<int>(Enumerable.Range(0, counties.Count).Select(i => (i, Weight(counties[i], sampleClass))));
        for (var id = firstId; id < firstId + count; id++)
        {
            var countyIndex = where.Next(random);
            var county = counties[countyIndex];
            var unit = county.UnitFor(sampleClass.Urban, random);
            var township = county.TownshipOf(unit);
            var around = county.Around(unit);
            var name = namer.Name(sampleClass, around, random);
            var (geometry, point) = placer.Place(county, sampleClass.Shape, random);
            var story = random.NextDouble() < StoryShare ? PlaceStories.For(name, sampleClass, township, county, random) : null;
            var aliases = random.NextDouble() < AliasShare ? Aliases(name, sampleClass, around) : [];
            if (random.NextDouble() < FormerNameShare)
                formerNames.Add(FormerName(id, name, random));
            places.Add(new PlaceRow(id, name, sampleClass.Category, unit.Code, geometry, point, aliases, story, SampleRomanization.Of(name.Name)));
            byCounty[countyIndex].Add(id);
        }
        return (places, formerNames, byCounty);
    }

    private static double Weight(CountyArea county, SampleClass sampleClass)
    {
        var weight = Math.Max(county.Villages.Count, 20);
        if (!sampleClass.Urban)
            return weight;
        return county.IsDistrict ? weight * 4.0 : weight * 0.6;
    }

    private static string[] Aliases(NameParts name, SampleClass sampleClass, NamingContext around) => sampleClass.Category switch
    {
        "natural_village" when name.Name.Length == 3 && name.Name[1] == '家' => [name.Name[..1] + name.Name[2..]],
        "natural_village" => [name.Name + "村"],
        "street" or "road" or "lane" => ["老" + name.Name],
        "mountain" or "ridge" or "gully" or "river" => [around.Village + name.Generic],
        _ => [name.Specific],
    };

    /// <summary>
    /// Two kinds of former names common in Shanxi: the revolutionary names of 1966 restored by the
    /// 1981 census, and an older generic replaced when the settlement grew.
    /// </summary>
    private static FormerNameRow FormerName(long placeId, NameParts name, Random random)
    {
        if (random.NextDouble() < 0.5)
            return new FormerNameRow(placeId, RevolutionaryNames[random.Next(RevolutionaryNames.Length)] + name.Generic, 1966, 1981, false,
                "1966年改名，1981年地名普查时恢复原名");
        var older = name.Generic == "庄" ? "堡" : "庄";
        var from = 1700 + random.Next(200);
        return new FormerNameRow(placeId, name.Specific + older, from, 1949 + random.Next(10), true, "旧名，年代据地名志推定");
    }
}
