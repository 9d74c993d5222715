using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Naming;

/// <summary>Rule 4: only the 8,105 characters of the 通用规范汉字表; a traditional form is pointed to its standard form.</summary>
public static class StandardCharactersCheck
{
    public static RuleResult Check(string name)
    {
        var outside = StandardCharacters.NonStandardIn(name);
        if (outside.Count == 0)
            return RuleResult.Pass(NamingRules.StandardCharacters, "Every character is one of the 8,105 standard characters (通用规范汉字表).");
        var described = outside.Select(c =>
        {
            var simplified = ChineseScript.ToSimplified(c);
            return simplified != c && StandardCharacters.NonStandardIn(simplified).Count == 0
                ? $"{c} (traditional or variant form; the standard character is {simplified})"
                : $"{c} (U+{char.ConvertToUtf32(c, 0):X4}, not in the table)";
        });
        return RuleResult.Violation(NamingRules.StandardCharacters,
            $"{string.Join(", ", described)}: outside the 8,105 standard characters (通用规范汉字表, 2013). " +
            "A new name should use standard characters; rare characters are hard to type, print on signs and find in maps.");
    }
}
