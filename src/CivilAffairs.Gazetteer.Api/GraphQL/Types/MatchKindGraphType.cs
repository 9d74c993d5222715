using CivilAffairs.Gazetteer.Search;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class MatchKindGraphType : EnumerationGraphType<MatchKind>
{
    public MatchKindGraphType()
    {
        Name = "MatchKind";
        Description = "Which form of a name the typed text matched: the standard name, an alias, a former name, the traditional characters, pinyin, pinyin initials or Wade-Giles.";
        Describe("NAME", "The standard name.");
        Describe("ALIAS", "An alias or the short name (运城 for 运城市).");
        Describe("FORMER_NAME", "A former name (长治县 for 上党区).");
        Describe("TRADITIONAL", "The name in traditional characters (洪洞縣).");
        Describe("PINYIN", "Hanyu Pinyin, with or without tones and spaces (hongtong, hóng tóng).");
        Describe("INITIALS", "The first letters of the pinyin syllables (hdx).");
        Describe("WADE_GILES", "The Wade-Giles spelling of old Western literature (Hung-t'ung).");
    }

    private void Describe(string name, string description) => Values.FindByName(name)!.Description = description;
}
