namespace CivilAffairs.Gazetteer.Search;

/// <summary>The field names of a place document in the index.</summary>
internal static class IndexFields
{
    /// <summary>"place:12", "division:7", "historical_name:3", "poi:9": the unique key used for updates.</summary>
    public const string Key = "key";
    public const string Kind = "kind";
    public const string Id = "id";
    public const string Code = "code";

    /// <summary>Normalised names kept whole, for exact and prefix matches.</summary>
    public const string Name = "name";
    public const string Alias = "alias";
    public const string FormerName = "former";
    public const string Traditional = "trad";

    /// <summary>The same names as CJK n-grams (1-4 characters), so that every substring is found.</summary>
    public const string NameGrams = "name_ng";
    public const string AliasGrams = "alias_ng";
    public const string FormerNameGrams = "former_ng";
    public const string TraditionalGrams = "trad_ng";

    /// <summary>The pinyin key (hongtongxian) and the key from every later word on (xian).</summary>
    public const string Pinyin = "pinyin";

    /// <summary>
    /// Only the whole pinyin keys (official and everyday), for type-ahead: a prefix of a later word
    /// ("h" in Hongtong <i>X</i>ian... or any word) ranks as a substring, which autocomplete drops anyway.
    /// </summary>
    public const string PinyinStart = "pinyin_start";

    /// <summary>What ranking needs of a document, as one binary doc value (<see cref="PlaceSummary"/>).</summary>
    public const string Summary = "summary";
    public const string Initials = "initials";

    /// <summary>The smallest division (12 digits); prefix queries filter by any higher unit.</summary>
    public const string Division = "division";
    public const string Category = "category";
    public const string Status = "status";
    public const string Provenance = "provenance";

    /// <summary>The admin-level weight as a term ("5" for counties) so that it can lift the score.</summary>
    public const string Weight = "weight";
    public const string Lon = "lon";

    /// <summary>
    /// The field holding the first <see cref="EdgeLength"/> characters of every term of a field, so
    /// that a short prefix ("h", "洪", "hd") is one term's postings instead of a prefix query expanding
    /// to thousands of terms.
    /// </summary>
    public static string Edges(string field) => field + "_edge";

    /// <summary>Prefixes up to this many characters (code points) are looked up in <see cref="Edges"/>.</summary>
    public const int EdgeLength = 3;
    public const string Lat = "lat";
}
