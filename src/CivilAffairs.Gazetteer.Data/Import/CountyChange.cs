using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// A row of data/lineage: a 2023 county-level code and the pre-2018 units it was made from.
/// The data gives the year only, so the change is dated the 1st of January of that year and
/// says so in its note.
/// </summary>
internal sealed record CountyChange(DivisionCode NewCode, string NewName, int Year, string Kind, IReadOnlyList<CountyChange.Predecessor> Predecessors, string? Note)
{
    public const string File = "lineage/county-changes-2018-2019.csv";

    private static readonly string[] Kinds = ["establish", "rename", "merge", "split", "transfer", "abolish", "status_change"];

    /// <summary>A unit that went into the change; <see cref="Part"/> when only part of it did (南郊区(part)).</summary>
    public sealed record Predecessor(DivisionCode Code, string Name, bool Part);

    public DateOnly Date => new(Year, 1, 1);

    public static IReadOnlyList<CountyChange> Read(string dataDirectory)
    {
        var changes = new List<CountyChange>();
        foreach (var r in CsvFile.Read(Path.Combine(dataDirectory, File), "new_code", "new_name", "year", "change", "old_codes", "old_names", "note"))
        {
            var newText = r.Required("new_code");
            if (!DivisionCode.TryParse(newText, out var newCode) || newCode.Level != DivisionLevel.County)
                throw r.Invalid($"new_code '{newText}' is not a 6-digit county code");
            var kind = r.Required("change");
            if (!Kinds.Contains(kind))
                throw r.Invalid($"change '{kind}' is not one of {string.Join(", ", Kinds)}");
            var year = r.RequiredInt("year");
            if (year is < 1949 or > 2100)
                throw r.Invalid($"year {year} is out of range");
            var codes = r.Required("old_codes").Split('|');
            var names = r.Required("old_names").Split('|');
            if (codes.Length != names.Length)
                throw r.Invalid($"old_codes has {codes.Length} entries and old_names {names.Length}");
            var predecessors = new List<Predecessor>();
            for (var i = 0; i < codes.Length; i++)
            {
                if (!DivisionCode.TryParse(codes[i], out var oldCode) || oldCode.Level != DivisionLevel.County)
                    throw r.Invalid($"old code '{codes[i]}' is not a 6-digit county code");
                var part = names[i].EndsWith("(part)", StringComparison.Ordinal);
                predecessors.Add(new Predecessor(oldCode, part ? names[i][..^"(part)".Length] : names[i], part));
            }
            changes.Add(new CountyChange(newCode, r.Required("new_name"), year, kind, predecessors, r.Optional("note")));
        }
        return changes;
    }
}
