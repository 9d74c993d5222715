using CivilAffairs.Gazetteer.Data;
using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Search.Geocoding;

namespace CivilAffairs.Gazetteer.Search.Tests.Geocoding;

/// <summary>
/// The real 2023 hierarchy (data/divisions-2023) and the 2018-2019 county changes (data/lineage) read
/// straight from the files, for the geocoding tests until the importer (branch data) fills the
/// division table in the test template. The changed 2017 counties become historical units that end
/// on 1 January of the change year (the files give only the year).
/// </summary>
internal static class DivisionFiles
{
    private static readonly Lazy<(IReadOnlyList<DivisionRecord> Divisions, IReadOnlyList<AdminChangeRecord> Changes)> Loaded = new(Load);

    public static IReadOnlyList<DivisionRecord> Divisions => Loaded.Value.Divisions;

    public static IReadOnlyList<AdminChangeRecord> Changes => Loaded.Value.Changes;

    private static (IReadOnlyList<DivisionRecord>, IReadOnlyList<AdminChangeRecord>) Load()
    {
        var folder = Path.Combine(RepositoryPaths.DataDirectory(), "divisions-2023");
        var units = new List<DivisionRecord>();
        void Add(string code, DivisionLevel level, string name, string? parent) =>
            units.Add(new DivisionRecord(units.Count + 1, code.PadRight(12, '0'), level, name, parent?.PadRight(12, '0'),
                level >= DivisionLevel.County && code.Substring(4, 2) == "71", null, null, null, false));

        foreach (var r in Rows(Path.Combine(folder, "province.csv"))) Add(r[0], DivisionLevel.Province, r[1], null);
        foreach (var r in Rows(Path.Combine(folder, "cities.csv"))) Add(r[0], DivisionLevel.City, r[1], r[2]);
        foreach (var r in Rows(Path.Combine(folder, "counties.csv"))) Add(r[0], DivisionLevel.County, r[1], r[2]);
        foreach (var r in Rows(Path.Combine(folder, "townships.csv"))) Add(r[0], DivisionLevel.Township, r[1], r[2]);
        foreach (var r in Rows(Path.Combine(folder, "villages.csv"))) Add(r[0], DivisionLevel.Village, r[1], r[2]);

        var changes = new List<AdminChangeRecord>();
        var formerByCode = new Dictionary<string, DivisionRecord>();
        foreach (var r in Rows(Path.Combine(RepositoryPaths.DataDirectory(), "lineage", "county-changes-2018-2019.csv")))
        {
            var start = new DateOnly(int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), 1, 1);
            var current = units.First(u => u.Code == r[0].PadRight(12, '0'));
            units[(int)current.Id - 1] = current with { ValidFrom = start };
            var oldCodes = r[4].Split('|');
            var oldNames = r[5].Split('|');
            var from = new List<long>();
            for (var i = 0; i < oldCodes.Length; i++)
            {
                if (!formerByCode.TryGetValue(oldCodes[i], out var former))
                {
                    var city = units.First(u => u.Code == oldCodes[i][..4].PadRight(12, '0'));
                    var name = oldNames[i].Replace("(part)", "", StringComparison.Ordinal);
                    if (name.StartsWith(city.Name, StringComparison.Ordinal) && name.Length - city.Name.Length >= 2)
                        name = name[city.Name.Length..];
                    former = new DivisionRecord(units.Count + 1, oldCodes[i].PadRight(12, '0'), DivisionLevel.County, name, city.Code, false, null, start, null, false);
                    units.Add(former);
                    formerByCode[oldCodes[i]] = former;
                }
                from.Add(former.Id);
            }
            changes.Add(new AdminChangeRecord(changes.Count + 1, start, r[3], from, [current.Id]));
        }
        return (units, changes);
    }

    /// <summary>The files are plain CSV with quoted names and no commas inside fields.</summary>
    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => SplitCsv(l));

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
