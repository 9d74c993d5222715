namespace CivilAffairs.Gazetteer.Core.Tests.Chinese;

/// <summary>The real 2023 division names of data/divisions-2023, copied beside the tests.</summary>
internal static class DivisionNames
{
    public static IEnumerable<string> All() =>
        new[] { "province", "cities", "counties", "townships", "villages" }.SelectMany(Names);

    private static IEnumerable<string> Names(string table) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "divisions-2023", table + ".csv"))
            .Skip(1)
            .Select(line => line.Split('"')[1]);
}
