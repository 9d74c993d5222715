using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Data;
using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Search.Geocoding;

namespace CivilAffairs.Gazetteer.Search.Tests.Geocoding;

/// <summary>
/// Builds the labelled address set from the real divisions with a fixed seed. Labels come from the
/// data, not from the geocoder: an address is AMBIGUOUS exactly when the levels it states leave more
/// than one village of that name (or short form) in scope.
/// </summary>
internal sealed class AddressSetGenerator
{
    public const int Seed = 20231128;
    private const int PerKind = 60;

    private static readonly string[] People = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴昊", "郭晓燕", "孙建华"];
    private static readonly string[] FormerCounties = ["140404", "140405", "140406", "140215", "140681", "140703"];

    private readonly Random random = new(Seed);
    private readonly IReadOnlyList<DivisionRecord> current;
    private readonly Dictionary<string, DivisionRecord> byCode;
    private readonly List<DivisionRecord> villages;
    private readonly Dictionary<string, string> formerNames;
    private readonly Dictionary<int, int> toTraditional;

    public AddressSetGenerator(IReadOnlyList<DivisionRecord> divisions, IReadOnlyList<AdminChangeRecord> changes)
    {
        current = divisions.Where(d => d.ValidTo is null).ToList();
        byCode = current.ToDictionary(d => d.Code);
        villages = current.Where(d => d.Level == DivisionLevel.Village).ToList();
        var byId = divisions.ToDictionary(d => d.Id);
        formerNames = changes.Where(c => c.Kind == "rename")
            .ToDictionary(c => byId[c.To[0]].ShortCode, c => byId[c.From[0]].Name);
        toTraditional = TraditionalMap();
    }

    public IReadOnlyList<LabelledAddress> Generate()
    {
        var set = new List<LabelledAddress>();
        for (var i = 0; i < PerKind; i++)
        {
            set.Add(Full(Pick(), "full", committee: false));
            set.Add(Full(Pick(), "committee-form", committee: true));
            set.Add(DroppedLevels(Pick()));
            set.Add(DroppedSuffixes(Pick()));
            set.Add(Traditional(Pick()));
            set.Add(Noise(Pick()));
            set.Add(HouseNumber(Pick()));
            set.Add(FormerCounty());
            set.Add(VillageWithCounty(Pick()));
            set.Add(SpacesAndFullWidth(Pick()));
            set.Add(Township(Pick()));
        }
        set.AddRange(Ambiguous().Take(PerKind));
        return set;
    }

    private DivisionRecord Pick() => villages[random.Next(villages.Count)];

    private (DivisionRecord City, DivisionRecord County, DivisionRecord Township) Parents(DivisionRecord village)
    {
        var township = byCode[village.ParentCode!];
        var county = byCode[township.ParentCode!];
        return (byCode[county.ParentCode!], county, township);
    }

    private static string Place(DivisionRecord d) => NameForms.PlaceName(d);

    private LabelledAddress Full(DivisionRecord v, string kind, bool committee)
    {
        var (city, county, township) = Parents(v);
        var village = committee ? v.Name : Place(v);
        return Label(kind, $"山西省{city.Name}{county.Name}{township.Name}{village}", v, township);
    }

    private LabelledAddress DroppedLevels(DivisionRecord v)
    {
        var (city, county, township) = Parents(v);
        var dropTownship = random.Next(2) == 0;
        var text = (random.Next(2) == 0 ? "" : city.Name) + county.Name + (dropTownship ? "" : township.Name) + Place(v);
        return Label("dropped-levels", text, v, dropTownship ? county : township);
    }

    private LabelledAddress DroppedSuffixes(DivisionRecord v)
    {
        var (city, county, township) = Parents(v);
        string Short(DivisionRecord d) => NameForms.ShortForm(Place(d), d.Level) ?? Place(d);
        var village = random.Next(3) == 0 && NameForms.ShortForm(Place(v), DivisionLevel.Village) is { Length: >= 3 } s ? s : Place(v);
        return Label("dropped-suffixes", Short(city) + Short(county) + Short(township) + village, v, township, village);
    }

    private LabelledAddress Traditional(DivisionRecord v)
    {
        var plain = Full(v, "traditional", committee: false);
        var text = new StringBuilder();
        foreach (var rune in plain.Address.EnumerateRunes())
            text.Append(new Rune(toTraditional.GetValueOrDefault(rune.Value, rune.Value)));
        return plain with { Address = text.ToString() };
    }

    private LabelledAddress Noise(DivisionRecord v)
    {
        var address = Full(v, "noise", committee: false);
        var person = People[random.Next(People.Length)];
        var phone = "1" + random.NextInt64(3000000000, 9999999999).ToString(CultureInfo.InvariantCulture);
        var text = random.Next(4) switch
        {
            0 => $"收件人：{person} 电话：{phone} {address.Address}",
            1 => $"{address.Address} {person} {phone}",
            2 => $"{person}，{phone}，{address.Address[3..]}",
            _ => $"寄：{person}（{phone}）地址:{address.Address}",
        };
        return address with { Address = text };
    }

    private LabelledAddress HouseNumber(DivisionRecord v)
    {
        var address = Full(v, "house-number", committee: false);
        var n = random.Next(1, 12);
        var m = random.Next(1, 120);
        var detail = random.Next(4) switch
        {
            0 => $"{n}组{m}号",
            1 => $"{n}巷{m}号",
            2 => $"{n}排{m}号院",
            _ => $"{n}队{m}号",
        };
        return address with { Address = address.Address[3..] + detail };
    }

    private LabelledAddress FormerCounty()
    {
        var countyCode = FormerCounties[random.Next(FormerCounties.Length)];
        var inCounty = villages.Where(v => v.Code.StartsWith(countyCode, StringComparison.Ordinal)).ToList();
        var v = inCounty[random.Next(inCounty.Count)];
        var (city, _, township) = Parents(v);
        var text = (random.Next(2) == 0 ? "山西省" + city.Name : "") + formerNames[countyCode] + township.Name + Place(v);
        return Label("former-county", text, v, township);
    }

    private LabelledAddress VillageWithCounty(DivisionRecord v)
    {
        var (_, county, _) = Parents(v);
        return Label("village-with-county", county.Name + Place(v), v, county);
    }

    private LabelledAddress SpacesAndFullWidth(DivisionRecord v)
    {
        var (city, county, township) = Parents(v);
        var n = random.Next(1, 9).ToString(CultureInfo.InvariantCulture);
        var fullWidth = string.Concat(n.Select(c => (char)(c - '0' + '０')));
        return Label("spaces-fullwidth", $"山西省 {city.Name}\u3000{county.Name} {township.Name}  {Place(v)} {fullWidth}组", v, township);
    }

    private LabelledAddress Township(DivisionRecord v)
    {
        var (city, county, township) = Parents(v);
        return new LabelledAddress("township", $"{city.Name}{county.Name}{township.Name}", "MATCHED", [township.Code]);
    }

    /// <summary>Villages sharing a name inside one county, addressed by county and name only.</summary>
    private IEnumerable<LabelledAddress> Ambiguous() =>
        villages.GroupBy(v => (County: v.Code[..6], Name: Place(v)))
            .Where(g => g.Count() > 1)
            .OrderBy(_ => random.Next())
            .Select(g =>
            {
                var county = byCode[g.Key.County.PadRight(12, '0')];
                var city = byCode[county.ParentCode!];
                return new LabelledAddress("ambiguous", city.Name + county.Name + g.Key.Name, "AMBIGUOUS", g.Select(v => v.Code).Order(StringComparer.Ordinal).ToList());
            });

    /// <summary>MATCHED with the village, unless the stated scope holds other villages written the same way.</summary>
    private LabelledAddress Label(string kind, string text, DivisionRecord village, DivisionRecord scope, string? writtenAs = null)
    {
        var written = writtenAs ?? Place(village);
        var same = villages
            .Where(v => scope.Contains(v) && (Place(v) == written || NameForms.ShortForm(Place(v), DivisionLevel.Village) == written))
            .Select(v => v.Code)
            .Order(StringComparer.Ordinal)
            .ToList();
        return same.Count > 1
            ? new LabelledAddress(kind, text, "AMBIGUOUS", same)
            : new LabelledAddress(kind, text, "MATCHED", [village.Code]);
    }

    private static Dictionary<int, int> TraditionalMap()
    {
        var map = new Dictionary<int, int>();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.DataDirectory(), "unihan", "Unihan_Variants.txt")))
        {
            var parts = line.Split('\t');
            if (parts.Length < 3 || parts[1] != "kTraditionalVariant")
                continue;
            var from = int.Parse(parts[0].AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var to = int.Parse(parts[2].Split(' ')[0].AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (from != to)
                map.TryAdd(from, to);
        }
        return map;
    }
}
