namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Typed text read every way the index can answer it: the normalised characters, the pinyin key of
/// Latin text, and the pinyin keys the text stands for when read as Wade-Giles.
/// </summary>
internal sealed record SearchQuery(TypedText Text, IReadOnlyList<string> WadeGilesKeys)
{
    public const int MaxLength = 100;

    /// <summary>Reads the text, or explains why it cannot be searched for.</summary>
    public static SearchQuery Read(string? text, string parameter)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidSearchException($"{parameter} is empty: type part of a name, its pinyin or its initials (洪洞, hongtong, hdx).", parameter);
        if (text.Length > MaxLength)
            throw new InvalidSearchException($"{parameter} has {text.Length} characters; a place name is at most {MaxLength}. Search for the name alone.", parameter);
        var typed = TypedText.Read(text);
        return new SearchQuery(typed, []);
    }

    public bool IsEmpty => Text.IsEmpty;
}
