using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// The 2023 division hierarchy of data/divisions-2023: one file per level, each unit with its
/// code at its level's length and its parent's code. Checked on reading: codes well formed and
/// unique, every parent present and containing its child.
/// </summary>
internal sealed class DivisionHierarchy2023
{
    public const string Folder = "divisions-2023";

    private static readonly (string File, DivisionLevel Level, string? ParentColumn)[] Files =
    [
        ("province.csv", DivisionLevel.Province, null),
        ("cities.csv", DivisionLevel.City, "provinceCode"),
        ("counties.csv", DivisionLevel.County, "cityCode"),
        ("townships.csv", DivisionLevel.Township, "countyCode"),
        ("villages.csv", DivisionLevel.Village, "townshipCode"),
    ];

    private DivisionHierarchy2023(IReadOnlyList<DivisionUnit> units) => Units = units;

    /// <summary>Every unit, parents before children.</summary>
    public IReadOnlyList<DivisionUnit> Units { get; }

    public static IEnumerable<string> InputFiles(string dataDirectory) =>
        Files.Select(f => Path.Combine(dataDirectory, Folder, f.File));

    public static DivisionHierarchy2023 Read(string dataDirectory)
    {
        var units = new List<DivisionUnit>(24_000);
        var known = new HashSet<DivisionCode>();
        foreach (var (file, level, parentColumn) in Files)
        {
            var columns = parentColumn is null ? new[] { "code", "name" } : ["code", "name", parentColumn];
            foreach (var r in CsvFile.Read(Path.Combine(dataDirectory, Folder, file), columns))
            {
                var text = r.Required("code");
                if (!DivisionCode.TryParse(text, out var code) || code.Level != level || text.Length != DivisionCode.LengthOf(level))
                    throw r.Invalid($"'{text}' is not a {level.ToString().ToLowerInvariant()} code of {DivisionCode.LengthOf(level)} digits");
                if (!known.Add(code))
                    throw r.Invalid($"the code {text} appears twice");
                DivisionCode? parent = null;
                if (parentColumn is not null)
                {
                    var parentText = r.Required(parentColumn);
                    if (!DivisionCode.TryParse(parentText, out var p) || !known.Contains(p))
                        throw r.Invalid($"the parent {parentText} of {text} is not a unit of the level above");
                    if (!p.Contains(code) || p.Level != level - 1)
                        throw r.Invalid($"{text} does not lie inside its parent {parentText}");
                    parent = p;
                }
                units.Add(new DivisionUnit(code, r.Required("name"), parent));
            }
        }
        return new DivisionHierarchy2023(units);
    }
}
