namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>The spelling rules from a toneless pinyin syllable to its Wade-Giles form (hong → hung, ci → tz'u).</summary>
internal static class WadeGilesSyllable
{
    private static readonly string[] Initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s"];

    public static string Convert(string syllable)
    {
        var s = syllable.Replace('v', 'ü');
        switch (s)
        {
            case "zi": return "tzu";
            case "ci": return "tz'u";
            case "si": return "ssu";
            case "e": return "o";
            case "er": return "erh";
            case "yi": return "i";
            case "ye": return "yeh";
            case "you": return "yu";
            case "yan": return "yen";
            case "yong": return "yung";
            case "yu": return "yü";
            case "yue": return "yüeh";
            case "yuan": return "yüan";
            case "yun": return "yün";
        }
        if (s[0] is 'y' or 'w' or 'a' or 'o' or 'e') return s.Replace("ong", "ung", StringComparison.Ordinal);

        var initial = Initials.FirstOrDefault(i => s.StartsWith(i, StringComparison.Ordinal));
        if (initial is null) return s;
        var final = s[initial.Length..];
        return WadeInitial(initial) + WadeFinal(initial, final);
    }

    private static string WadeInitial(string initial) => initial switch
    {
        "b" => "p", "p" => "p'", "d" => "t", "t" => "t'", "g" => "k", "k" => "k'",
        "j" => "ch", "q" => "ch'", "x" => "hs", "zh" => "ch", "ch" => "ch'",
        "r" => "j", "z" => "ts", "c" => "ts'",
        _ => initial,
    };

    private static string WadeFinal(string initial, string final)
    {
        var palatal = initial is "j" or "q" or "x";
        if (palatal && final.StartsWith('u')) final = "ü" + final[1..];
        if (final == "i" && initial is "zh" or "ch" or "sh" or "r") return "ih";
        return final switch
        {
            "e" when initial is "g" or "k" or "h" => "o",
            "ui" when initial is "g" or "k" => "uei",
            "uo" when initial is not ("g" or "k" or "h" or "sh") => "o",
            "ong" => "ung",
            "iong" => "iung",
            "ie" => "ieh",
            "ian" => "ien",
            "üe" or "ue" => "üeh",
            _ => final,
        };
    }
}
