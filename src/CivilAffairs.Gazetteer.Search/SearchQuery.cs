using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Typed text read every way the index can answer it: the normalised characters, the pinyin key of
/// Latin text, the pinyin keys the text stands for when read as Wade-Giles, and the simplified form
/// of text typed in traditional characters (empty when it is the same).
/// </summary>
internal sealed record SearchQuery(TypedText Text, IReadOnlyList<string> WadeGilesKeys, string Simplified)
{
    public const int MaxLength = 100;

    /// <summary>Reads the text, or explains why it cannot be searched for.</summary>
    public static SearchQuery Read(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidSearchException($"{parameter} is empty: type part of a name, its pinyin or its initials (洪洞, hongtong, hdx).", parameter);
        if (text.Length > MaxLength)
            throw new InvalidSearchException($"{parameter} has {text.Length} characters; a place name is at most {MaxLength}. Search for the name alone.", parameter);
        if (SearchText.UnnormalizableAt(text) is { } position)
            throw new InvalidSearchException($"{parameter} holds a broken character at position {position} (half of a UTF-16 surrogate pair such as \\ud800 alone, or the non-character U+FFFE or U+FFFF): send the text as typed, in valid Unicode.", parameter);
        var typed = TypedText.Read(text);
        if (typed.Latin.Length > 0)
            return new SearchQuery(typed, WadeGiles.ToPinyinKeys(text).Where(k => k != typed.Latin).ToList(), "");
        var simplified = typed.Name.Length > 0 ? TypedText.Normalise(ChineseScript.ToSimplified(typed.Name)) : "";
        return new SearchQuery(typed, [], simplified == typed.Name ? "" : simplified);
    }

    public bool IsEmpty => Text.IsEmpty;
}
