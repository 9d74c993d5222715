namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>Character-level facts about pinyin with tone marks.</summary>
internal static class PinyinText
{
    private const string Toned = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛ";
    private const string Plain = "aaaaeeeeiiiioooouuuuüüüünnnmAAAAEEEEIIIIOOOOUUUUÜÜÜÜ";

    public static char ToneMarkRemoved(char c)
    {
        if (c < 'À') return c;
        var at = Toned.IndexOf(c);
        return at < 0 ? c : Plain[at];
    }

    public static string Toneless(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = ToneMarkRemoved(source[i]);
    });

    /// <summary>The homophone-key spelling of a syllable: toneless, lower case, ü as v (lüe → lve).</summary>
    public static string Key(string syllable)
    {
        Span<char> key = stackalloc char[syllable.Length];
        for (var i = 0; i < syllable.Length; i++)
        {
            var c = char.ToLowerInvariant(ToneMarkRemoved(syllable[i]));
            key[i] = c == 'ü' ? 'v' : c;
        }
        return new string(key);
    }

    /// <summary>A syllable after another in the same word takes an apostrophe when it starts with a, o or e (Xī'ān).</summary>
    public static bool NeedsApostrophe(string syllable) =>
        syllable.Length > 0 && ToneMarkRemoved(char.ToLowerInvariant(syllable[0])) is 'a' or 'o' or 'e';
}
