using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// A current county-level unit with its real polygon (prepared for fast containment tests),
/// its townships and villages: where sample places go and whose codes they carry.
/// </summary>
internal sealed class CountyArea(string code, string name, Geometry boundary, IReadOnlyList<LocalUnit> townships, IReadOnlyList<LocalUnit> villages)
{
    public string Code { get; } = code;
    public string Name { get; } = name;
    public string Specific { get; } = UnitNames.Specific(name);
    public Geometry Boundary { get; } = boundary;
    /// <summary>For single-threaded use; <see cref="CountyPlacer"/> prepares its own per thread.</summary>
    public IPreparedGeometry Prepared { get; } = PreparedGeometryFactory.Prepare(boundary);
    public IReadOnlyList<LocalUnit> Townships { get; } = townships;
    public IReadOnlyList<LocalUnit> Villages { get; } = villages;

    /// <summary>Village committees (村委会, committee part 200-399): rural features are named after these.</summary>
    public IReadOnlyList<LocalUnit> RuralVillages { get; } = villages.Where(v => v.Code[9] is '2' or '3').ToList();

    /// <summary>Community committees (居委会, committee part 001-199): urban places are named after these.</summary>
    public IReadOnlyList<LocalUnit> Communities { get; } = villages.Where(v => v.Code[9] is '0' or '1').ToList();

    /// <summary>Districts (county part 01-20) are urban: streets and residential areas cluster there.</summary>
    public bool IsDistrict => int.Parse(Code.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture) <= 20;

    /// <summary>A village or, where the county has none, a township: a real unit a place can belong to.</summary>
    public LocalUnit AnyUnit(Random random) => Villages.Count > 0
        ? Villages[random.Next(Villages.Count)]
        : Townships[random.Next(Townships.Count)];

    /// <summary>A community for urban places, a village committee for the rest, where the county has them.</summary>
    public LocalUnit UnitFor(bool urban, Random random)
    {
        var preferred = urban ? Communities : RuralVillages;
        return preferred.Count > 0 ? preferred[random.Next(preferred.Count)] : AnyUnit(random);
    }

    /// <summary>
    /// The names around a place in <paramref name="unit"/>. Long unit names (开发区管理中心 ...) do not
    /// name roads or bridges: the township's name stands in for them.
    /// </summary>
    public NamingContext Around(LocalUnit unit)
    {
        var township = TownshipOf(unit);
        var local = unit.Specific.Length <= 4 && VillageNameStatistics.IsPlainChinese(unit.Specific) ? unit.Specific : township.Specific;
        return new NamingContext(Specific, township.Specific, local);
    }

    public LocalUnit TownshipOf(LocalUnit unit) =>
        Townships.FirstOrDefault(t => string.CompareOrdinal(t.Code, 0, unit.Code, 0, 9) == 0) ?? unit;
}
