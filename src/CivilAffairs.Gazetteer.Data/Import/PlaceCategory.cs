namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>A row of data/categories.csv: a place category and its census class (普查类别).</summary>
public sealed record PlaceCategory(string Code, string NameZh, string NameEn, string CensusClass, string? GbtCode)
{
    public const string File = "categories.csv";

    public static IReadOnlyList<PlaceCategory> Read(string dataDirectory)
    {
        var records = CsvFile.Read(Path.Combine(dataDirectory, File), "code", "name_zh", "name_en", "census_class", "gbt_code");
        var categories = new List<PlaceCategory>(records.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            var code = r.Required("code");
            if (!seen.Add(code))
                throw r.Invalid($"the category code '{code}' appears twice");
            categories.Add(new PlaceCategory(code, r.Required("name_zh"), r.Required("name_en"), r.Required("census_class"), r.Optional("gbt_code")?.Trim()));
        }
        return categories;
    }
}
