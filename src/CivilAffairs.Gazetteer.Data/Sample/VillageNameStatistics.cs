using System.Globalization;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// What the real 21,895 village and community names of data/divisions-2023/villages.csv say
/// about Shanxi names: their first, middle and last characters, their lengths, the surnames
/// in 张家庄-type names and the names themselves. Committee suffixes (村委会, 社区居委会 ...) and a
/// final 村 are stripped first, so 张家庄村委会 counts as 张家庄.
/// </summary>
internal sealed class VillageNameStatistics
{
    /// <summary>The generics real village names end in; the statistical names end in one of these, by real frequency.</summary>
    public const string SettlementGenerics = "庄沟头堡山河峪坪寨城坡岭底湾泉窑口塔关营洼里村店屯峁垴塬梁掌咀坊院园铺渠滩崖坝台寺";

    private static readonly string[] CommitteeSuffixes =
        ["社区居委会", "村民委员会", "居民委员会", "村委会", "居委会", "委员会", "社区"];

    private VillageNameStatistics(
        WeightedChoice<char> first, WeightedChoice<char> middle, WeightedChoice<char> last, WeightedChoice<int> length,
        WeightedChoice<char> surnames, IReadOnlyList<string> rural, IReadOnlyList<string> urban, IReadOnlyDictionary<int, int> lengthCounts)
    {
        First = first;
        Middle = middle;
        Last = last;
        Length = length;
        Surnames = surnames;
        RuralNames = rural;
        UrbanNames = urban;
        LengthCounts = lengthCounts;
    }

    public WeightedChoice<char> First { get; }
    public WeightedChoice<char> Middle { get; }
    /// <summary>Last characters that are settlement or terrain generics (庄, 沟, 堡 ...), by real frequency.</summary>
    public WeightedChoice<char> Last { get; }
    /// <summary>Lengths 2 to 4 of the stripped rural names, the range natural villages share with them.</summary>
    public WeightedChoice<int> Length { get; }
    /// <summary>The X of the real X家Y names, by frequency.</summary>
    public WeightedChoice<char> Surnames { get; }
    /// <summary>Stripped village names (2 to 4 characters): 贾, 东关, 张家庄 ...</summary>
    public IReadOnlyList<string> RuralNames { get; }
    /// <summary>Stripped community names (2 to 3 characters): 迎宾里, 八一 ...</summary>
    public IReadOnlyList<string> UrbanNames { get; }
    /// <summary>How many real names (full, with 村) have each length: the reference for tests.</summary>
    public IReadOnlyDictionary<int, int> LengthCounts { get; }

    public static VillageNameStatistics Load(string dataDirectory)
    {
        var first = new Dictionary<char, double>();
        var middle = new Dictionary<char, double>();
        var last = new Dictionary<char, double>();
        var lengths = new Dictionary<int, double>();
        var surnames = new Dictionary<char, double>();
        var lengthCounts = new Dictionary<int, int>();
        var rural = new SortedSet<string>(StringComparer.Ordinal);
        var urban = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(Path.Combine(dataDirectory, "divisions-2023", "villages.csv"), 6))
        {
            var committee = int.Parse(row[0].AsSpan(9, 3), CultureInfo.InvariantCulture);
            var name = StripCommittee(row[1]);
            if (!IsPlainChinese(name))
                continue;
            if (committee < 200)
            {
                if (name.Length is >= 2 and <= 3 && !"路街巷".Contains(name[^1], StringComparison.Ordinal))
                    urban.Add(name);
                continue;
            }
            var stripped = name.Length > 1 && name.EndsWith('村') ? name[..^1] : name;
            lengthCounts[name.Length] = lengthCounts.GetValueOrDefault(name.Length) + 1;
            if (stripped.Length is < 2 or > 4)
                continue;
            rural.Add(stripped);
            Count(first, stripped[0]);
            if (SettlementGenerics.Contains(stripped[^1], StringComparison.Ordinal))
                Count(last, stripped[^1]);
            foreach (var c in stripped[1..^1])
                Count(middle, c);
            lengths[stripped.Length] = lengths.GetValueOrDefault(stripped.Length) + 1;
            if (stripped.Length == 3 && stripped[1] == '家')
                Count(surnames, stripped[0]);
        }
        return new VillageNameStatistics(
            Choice(first), Choice(middle), Choice(last), new WeightedChoice<int>(lengths.OrderBy(l => l.Key).Select(l => (l.Key, l.Value))),
            Choice(surnames), rural.ToList(), urban.ToList(), lengthCounts);
    }

    public static string StripCommittee(string committeeName)
    {
        foreach (var suffix in CommitteeSuffixes)
            if (committeeName.Length > suffix.Length && committeeName.EndsWith(suffix, StringComparison.Ordinal))
                return committeeName[..^suffix.Length];
        return committeeName;
    }

    /// <summary>Only Chinese characters of the basic plane: no digits, Latin or punctuation.</summary>
    public static bool IsPlainChinese(string text) => text.Length > 0 && text.All(c => c is >= '\u4e00' and <= '\u9fff');

    private static void Count(Dictionary<char, double> counts, char c) => counts[c] = counts.GetValueOrDefault(c) + 1;

    private static WeightedChoice<char> Choice(Dictionary<char, double> counts) =>
        new(counts.OrderBy(c => c.Key).Select(c => (c.Key, c.Value)));
}
