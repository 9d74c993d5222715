using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// One searchable entity as the index holds it: a place, a division without a place of its own,
/// a historical name or a point of interest. Names are as stored in PostGIS; the index normalises them.
/// </summary>
/// <param name="Kind">place, division, historical_name or poi: the table the row came from.</param>
/// <param name="PinyinWords">The toneless romanization split into words ("Hongtong", "Xian").</param>
/// <param name="Weight">The admin-level weight: counties 5, townships 4, villages 3, natural villages 2, others 1.</param>
internal sealed record IndexedPlace(
    string Kind,
    long Id,
    string? Code,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> FormerNames,
    IReadOnlyList<string> TraditionalNames,
    string? PinyinKey,
    IReadOnlyList<string> PinyinWords,
    string? Initials,
    string? DivisionCode,
    string Category,
    string Status,
    string Provenance,
    int Weight,
    double? Lon,
    double? Lat)
{
    public string Key => KeyOf(Kind, Id);

    /// <summary>The pinyin terms as indexed, when read back from the index (saves segmenting again).</summary>
    public IReadOnlyList<string>? IndexedPinyinTerms { get; init; }

    /// <summary>The name in everyday character readings, when it differs from the official one (hongdongxian, hdx).</summary>
    public EverydayPinyin? Everyday { get; init; }

    /// <summary>A historical name's meaning, origin and evolution (沿革) texts, for historians' full-text search.</summary>
    public string? Story { get; init; }

    public static string KeyOf(string kind, long id) => kind + ":" + id;
}
