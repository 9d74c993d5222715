namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// Names for every census class, built the way Shanxi names are: from the statistics and the
/// names of the real villages (<see cref="VillageNameStatistics"/>), the common generic terms
/// and the local place names around the place, so that the same name recurs across counties
/// and homophones meet in search as they do in the real registry.
/// </summary>
internal sealed class PlaceNamer(VillageNameStatistics statistics)
{
    private static readonly string[] Directions = ["东", "西", "南", "北", "前", "后", "上", "下", "大", "小", "新", "中"];
    private static readonly WeightedChoice<string> SettlementGenerics = new(
        [("庄", 8), ("沟", 5), ("坪", 2.5), ("峪", 2), ("湾", 2), ("洼", 1.5), ("河", 1.5), ("梁", 2), ("峁", 1.2), ("垴", 1.2),
         ("塬", 1), ("岭", 1.5), ("堡", 2), ("寨", 1.5), ("窑", 1.2), ("坡", 1.5), ("头", 1.5), ("底", 1)]);
    private static readonly WeightedChoice<string> SurnameGenerics = new([("庄", 6), ("村", 3), ("堡", 1.5), ("寨", 1), ("营", 0.6), ("店", 0.5)]);
    private static readonly string[] StreetWords =
        ["解放", "建设", "人民", "文化", "和平", "胜利", "迎宾", "府前", "鼓楼", "钟楼", "兴华", "朝阳", "工农", "友谊", "新华", "中心", "育才", "振兴", "体育", "财神"];
    private static readonly string[] LaneWords = ["槐树", "井儿", "柳树", "当铺", "书院", "城隍庙", "马道", "米市", "铁匠", "仓", "染坊", "驴市"];
    private static readonly string[] MountainWords =
        ["卧虎", "青龙", "白龙", "凤凰", "老爷", "太子", "狮子", "笔架", "馒头", "鸡冠", "五峰", "紫金", "云雾", "松林", "石门", "黑", "红", "马鞍", "棋盘", "莲花", "插箭", "金山", "龙王", "磨盘"];
    private static readonly string[] RiverWords = ["清水", "黑水", "白水", "沙", "小", "南", "北", "东", "西", "涧", "浊漳", "磁窑", "甘泉", "柳"];
    private static readonly string[] BuildingWords = ["国贸", "金融", "电力", "邮电", "商贸", "鑫源", "华宇", "盛世", "广电", "煤炭"];
    private static readonly string[] ResidentialGenerics = ["小区", "花园", "苑", "家园", "新村", "嘉园", "公寓"];

    public NameParts Name(SampleClass sampleClass, NamingContext around, Random random) => sampleClass.Category switch
    {
        "natural_village" => NaturalVillage(random),
        "street" => Compose(UrbanSpecific(around, random), Pick(random, "街", "街", "大街", "南街", "北街", "东街", "西街")),
        "road" => Compose(random.NextDouble() < 0.45 ? around.Village : UrbanSpecific(around, random), Pick(random, "路", "路", "东路", "西路", "南路", "北路")),
        "lane" => Compose(random.NextDouble() < 0.5 ? statistics.Surnames.Next(random) + "家" : Pick(random, LaneWords), "巷"),
        "mountain" => Compose(random.NextDouble() < 0.6 ? Pick(random, MountainWords) : around.Village, Pick(random, "山", "山", "山", "垴", "峰")),
        "river" => Compose(random.NextDouble() < 0.55 ? around.Village : Pick(random, RiverWords), Pick(random, "河", "河", "河", "川", "涧")),
        "gully" => Compose(random.NextDouble() < 0.5 ? statistics.Surnames.Next(random) + "家" : Prefixed(around.Village, random), Pick(random, "沟", "沟", "峪", "沟")),
        "ridge" => Compose(random.NextDouble() < 0.5 ? Pick(random, Directions) + statistics.Last.Next(random) : around.Village, Pick(random, "梁", "梁", "峁", "岭", "塬")),
        "pass" => Compose(Pick(random, MountainWords), Pick(random, "口", "关", "垭口", "岭口")),
        "reservoir" => Compose(around.Village, "水库"),
        "bridge" => Compose(around.Village, Pick(random, "桥", "桥", "大桥", "石桥")),
        "station" => random.NextDouble() < 0.5 ? Compose(around.County, Pick(random, "汽车站", "火车站", "客运站")) : Compose(around.Township, Pick(random, "站", "汽车站", "收费站")),
        "memorial" => Compose(random.NextDouble() < 0.5 ? around.Village : around.Township, Pick(random, "烈士陵园", "革命纪念馆", "纪念碑", "抗战纪念馆")),
        "scenic_site" => Compose(random.NextDouble() < 0.5 ? Pick(random, MountainWords) + "山" : around.Village, Pick(random, "风景区", "景区", "森林公园", "古村")),
        "park" => Compose(UrbanSpecific(around, random), Pick(random, "公园", "广场", "游园")),
        "residential_area" => Compose(UrbanSpecific(around, random), Pick(random, ResidentialGenerics)),
        "building" => Compose(random.NextDouble() < 0.5 ? Pick(random, BuildingWords) : around.County, Pick(random, "大厦", "大楼", "中心")),
        _ => throw new ArgumentOutOfRangeException(nameof(sampleClass), sampleClass.Category, "No naming pattern for this class."),
    };

    /// <summary>A natural village (自然村), written as one word: 王家庄, 东沟, 后峪, 南坪 ...</summary>
    public NameParts NaturalVillage(Random random)
    {
        var roll = random.NextDouble();
        string name;
        if (roll < 0.30)
            name = statistics.Surnames.Next(random) + "家" + SettlementGenerics.Next(random);
        else if (roll < 0.45)
            name = statistics.Surnames.Next(random) + SurnameGenerics.Next(random);
        else if (roll < 0.62)
            name = Prefixed(statistics.RuralNames[random.Next(statistics.RuralNames.Count)], random);
        else if (roll < 0.90)
            name = FromCharacterStatistics(random);
        else
            name = statistics.RuralNames[random.Next(statistics.RuralNames.Count)];
        return new NameParts(name, name[..^1], name[^1..]);
    }

    /// <summary>A village name's first, middle and last characters drawn by their real frequencies.</summary>
    private string FromCharacterStatistics(Random random)
    {
        var length = statistics.Length.Next(random);
        var chars = new char[length];
        chars[0] = statistics.First.Next(random);
        for (var i = 1; i < length - 1; i++)
            chars[i] = statistics.Middle.Next(random);
        chars[^1] = statistics.Last.Next(random);
        for (var i = 1; i < length; i++)
            if (chars[i] == chars[i - 1])
                chars[i] = statistics.Last.Next(random);
        return new string(chars);
    }

    /// <summary>东王庄 beside 王庄: a direction or size word before a short real name.</summary>
    private static string Prefixed(string name, Random random)
    {
        if (name.Length > 2 || Directions.Contains(name[..1]))
            return name;
        return Directions[random.Next(Directions.Length)] + name;
    }

    private string UrbanSpecific(NamingContext around, Random random)
    {
        var roll = random.NextDouble();
        if (roll < 0.45)
            return Pick(random, StreetWords);
        if (roll < 0.8)
            return statistics.UrbanNames[random.Next(statistics.UrbanNames.Count)];
        return roll < 0.9 ? around.Township : around.County;
    }

    private static NameParts Compose(string specific, string generic) => new(specific + generic, specific, generic);

    private static string Pick(Random random, params string[] options) => options[random.Next(options.Length)];
}
