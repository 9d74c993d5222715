namespace CivilAffairs.Gazetteer.Naming;

/// <summary>Every rule a proposed name is checked against, in the order of DOMAIN.md's naming rules.</summary>
public static class NamingRules
{
    private const string Regulation = "地名管理条例 (2022)";

    public static readonly NamingRule GenericOnly = new("GENERIC_ONLY", $"{Regulation} art. 9",
        "A name is a specific (专名) followed by a generic (通名); a generic alone (城区, 郊区) names nothing in particular.");

    public static readonly NamingRule Meaning = new("MEANING", $"{Regulation} art. 9",
        "The meaning is healthy and not against public order or good customs.");

    public static readonly NamingRule Scale = new("SCALE", $"{Regulation} art. 9",
        "The name fits the real scale and nature of the place: no 中央, 国际, 世界, 宇宙, 天下 and the like (\"大\").");

    public static readonly NamingRule StandardCharacters = new("STANDARD_CHARACTERS", $"{Regulation} art. 9; 通用规范汉字表 (2013)",
        "Only the 8,105 standard characters of the 通用规范汉字表.");

    public static readonly NamingRule PersonName = new("PERSON_NAME", $"{Regulation} art. 9",
        "No names of persons: leaders, historical or fictional figures, pen names.");

    public static readonly NamingRule ForeignName = new("FOREIGN_NAME", $"{Regulation} art. 9",
        "No foreign person or place names (洋地名).");

    public static readonly NamingRule TrademarkName = new("TRADEMARK_NAME", $"{Regulation} art. 9",
        "No enterprise or trademark names.");

    public static readonly NamingRule Unique = new("UNIQUE", $"{Regulation} art. 9",
        "The name is unique within its scope: county level and above nationwide, townships within the province, village and community seats within the county, streets within the built-up area.");

    public static readonly NamingRule Homophone = new("HOMOPHONE", $"{Regulation} art. 9",
        "Homophones within the same scope are avoided (平鲁区 and 平陆县 are both Pinglu).");

    public static readonly NamingRule FamousFeature = new("FAMOUS_FEATURE", $"{Regulation} art. 9",
        "A division's specific is not taken from a famous natural feature or heritage site.");

    public static readonly NamingRule FacilityName = new("FACILITY_NAME", $"{Regulation} art. 9",
        "A facility (bridge, station, reservoir, ...) is named after the local place name.");

    public static readonly NamingRule ProtectedName = new("PROTECTED_NAME", $"{Regulation} art. 10, art. 25",
        "Names of major historical and cultural value are generally not renamed; renaming a protected name needs protection measures first.");

    public static readonly NamingRule Romanization = new("ROMANIZATION", $"{Regulation} art. 15; GB/T 16159",
        "The romanization is Hanyu Pinyin by the rules for Chinese place names, never English or other foreign spellings.");

    public static IReadOnlyList<NamingRule> All { get; } =
        [GenericOnly, Meaning, Scale, StandardCharacters, PersonName, ForeignName, TrademarkName, Unique, Homophone, FamousFeature, FacilityName, ProtectedName, Romanization];
}
