using System.Globalization;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// The sample texts of a listing, built from what the name itself says (its generic, water and
/// terrain words, a surname) and the real CHGIS facts (type, attested years, present location).
/// </summary>
internal static class HistoricalStories
{
    private static readonly string[] Water = ["河", "水", "泉", "渠", "池", "湾", "源", "涧"];
    private static readonly string[] Terrain = ["山", "岭", "峪", "沟", "坡", "坪", "垴", "梁", "峁", "塬", "岩", "崖"];
    private static readonly string[] Defence = ["堡", "寨", "屯", "营", "关", "城", "镇", "口"];
    private static readonly string[] Migrations = ["洪洞大槐树", "邻县", "河北", "山东", "本县平川"];

    public static HistoricalStory Of(ChgisRecord record, HistoricalYears years, string dynasty, string status, string? county, Random random)
    {
        var name = record.Simplified;
        var specific = UnitNames.Specific(name);
        var meaning = Find(name, Water) is { } water ? $"以地近{water}得名，寓水源丰足、田土滋润。"
            : Find(name, Terrain) is { } terrain ? $"以地处{terrain}间得名，状其地形。"
            : Find(name, Defence) is { } defence ? $"{defence}为屯守之所，名志其防戍之实。"
            : name.Contains('家', StringComparison.Ordinal) && name.Length >= 3 ? $"{name[0]}姓聚居之地，以姓氏名村。"
            : !record.IsVillage ? $"取{specific}为名，{specific}指其地山川形胜。"
            : "寓意吉祥安宁，世代沿用。";
        var origin = record.IsVillage
            ? random.NextDouble() switch
            {
                < 0.4 => $"相传{years.AroseEra}，先民自{Migrations[random.Next(Migrations.Length)]}迁此立村，因名{name}。",
                < 0.7 => $"{years.AroseEra}始有人烟，村以地形地物得名{name}。",
                _ => $"{years.AroseEra}屯垦成聚，初名{name}。",
            }
            : $"{dynasty}置{name}（{record.FeatureType}），以{specific}为名。";
        var ending = status switch
        {
            "renamed" => years.End is { } end ? $"{Year(end)}{(years.EndApproximate ? "前后" : "")}改名" : "后改名",
            "abolished" => years.End is { } end ? $"{Year(end)}{(years.EndApproximate ? "前后" : "")}废止" : "后废止",
            _ => "其名沿用至今",
        };
        var attested = record.BeginYear == record.EndYear ? $"见于{Year(record.BeginYear)}"
            : record.EndYear == 0 ? $"{Year(record.BeginYear)}起" : $"{Year(record.BeginYear)}至{Year(record.EndYear)}";
        var evolution = $"{years.AroseEra}始称{name}（{record.Traditional}）。CHGIS {attested}称{record.Traditional}，{record.FeatureType}" +
            $"{(county is null ? "" : $"，地属今{county}")}；{ending}。今{record.PresentLocation}。";
        return new HistoricalStory(meaning, origin, evolution);
    }

    public static string Year(int year) => year < 0
        ? $"公元前{(-year).ToString(CultureInfo.InvariantCulture)}年"
        : $"{year.ToString(CultureInfo.InvariantCulture)}年";

    /// <summary>The era as a listing writes it: 唐代, 明·15世纪, 北魏·公元前… / 隋·598年.</summary>
    public static string Era(string dynasty, int year, string precision) => precision switch
    {
        "dynasty" => dynasty + "时",
        "century" => $"{dynasty}·{(year > 0 ? "" : "公元前")}{((Math.Abs(year) - 1) / 100 + 1).ToString(CultureInfo.InvariantCulture)}世纪",
        _ => $"{dynasty}·{Year(year)}",
    };

    public static string Span(HistoricalYears years) =>
        $"{(years.BeginApproximate ? "约" : "")}{Year(years.Begin)}–{(years.End is { } end ? (years.EndApproximate ? "约" : "") + Year(end) : "今")}";

    private static string? Find(string name, string[] words) => words.FirstOrDefault(w => name.Contains(w, StringComparison.Ordinal));
}
