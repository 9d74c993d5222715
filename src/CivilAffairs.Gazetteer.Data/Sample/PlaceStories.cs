namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// Meaning, origin and history texts in the style of the census registration forms, built
/// from the name's parts and the real township and county around the place.
/// </summary>
internal static class PlaceStories
{
    private static readonly Dictionary<string, string> Terrain = new()
    {
        ["沟"] = "山沟之中", ["峪"] = "山谷口", ["坪"] = "山间平地上", ["梁"] = "黄土梁上", ["峁"] = "黄土峁上", ["垴"] = "山顶高处",
        ["塬"] = "黄土塬上", ["岭"] = "山岭之上", ["河"] = "河边", ["湾"] = "河湾处", ["洼"] = "低洼处", ["坡"] = "山坡上",
        ["头"] = "沟头", ["底"] = "沟底", ["窑"] = "土窑聚居处",
    };

    private static readonly string[] Origins =
        ["明洪武年间{0}姓自洪洞大槐树迁此定居", "清康熙年间{0}姓由邻村迁此开荒建村", "明初{0}姓始居于此", "清乾隆年间{0}姓逃荒至此落户"];

    public static PlaceStory For(NameParts name, SampleClass sampleClass, LocalUnit township, CountyArea county, Random random)
    {
        var surnamed = name.Name.Length >= 3 && name.Name[1] == '家';
        var meaning = sampleClass.Category switch
        {
            "natural_village" when surnamed => $"以最早定居的{name.Name[0]}姓和聚落通名“{name.Generic}”得名。",
            "natural_village" when Terrain.TryGetValue(name.Generic, out var where) => $"因村落坐落于{where}而得名。",
            "natural_village" when VillageNameStatistics.SettlementGenerics.Contains(name.Generic, StringComparison.Ordinal) =>
                $"“{name.Generic}”为当地聚落通名，村名沿用旧称。",
            "natural_village" => "村名沿用旧称，含义待考。",
            "street" or "road" or "lane" => $"因{name.Specific}而得名，沿用至今。",
            _ => $"以所在地名“{name.Specific}”和通名“{name.Generic}”得名。",
        };
        var founder = surnamed ? name.Name[0].ToString() : "张王李赵"[random.Next(4)].ToString();
        var origin = sampleClass.Category == "natural_village"
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, Origins[random.Next(Origins.Length)], founder) + $"，故名{name.Name}。"
            : $"{1950 + random.Next(70)}年建成，以所在地{name.Specific}命名。";
        var history = $"原属{county.Name}，1958年属{township.Specific}人民公社，1984年改属{township.Name}至今。";
        return new PlaceStory(meaning, origin, history);
    }
}
