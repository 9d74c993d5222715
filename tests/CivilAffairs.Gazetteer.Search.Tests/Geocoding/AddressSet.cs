using CivilAffairs.Gazetteer.Data;

namespace CivilAffairs.Gazetteer.Search.Tests.Geocoding;

/// <summary>The committed labelled set, tests/CivilAffairs.Gazetteer.Search.Tests/Geocoding/addresses.tsv.</summary>
internal static class AddressSet
{
    public const string Header = "kind\taddress\texpected_status\texpected_codes";

    public static string FilePath => Path.Combine(RepositoryPaths.Root(), "tests", "CivilAffairs.Gazetteer.Search.Tests", "Geocoding", "addresses.tsv");

    public static IReadOnlyList<LabelledAddress> Load() =>
        File.ReadLines(FilePath).Skip(1).Where(l => l.Length > 0).Select(LabelledAddress.FromTsv).ToList();

    public static string Render(IEnumerable<LabelledAddress> addresses) =>
        string.Join('\n', addresses.Select(a => a.ToTsv()).Prepend(Header)) + "\n";
}
