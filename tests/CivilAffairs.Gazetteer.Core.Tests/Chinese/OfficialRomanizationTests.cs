using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Core.Tests.Chinese;

/// <summary>
/// Every Shanxi city and county of 2023 against its official romanized name, taken by hand from
/// public GB/T 2260 tables (official-romanizations.tsv), not from this code.
/// </summary>
public sealed class OfficialRomanizationTests
{
    public static TheoryData<string, string, string> Divisions()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Chinese", "official-romanizations.tsv")))
        {
            if (line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            rows.Add(cells[0], cells[1], cells[2]);
        }
        return rows;
    }

    [Fact]
    public void TheTableHoldsElevenCitiesAndOneHundredSeventeenCounties()
    {
        var codes = Divisions().Select(row => (string)row[0]).ToList();

        Assert.Equal(11, codes.Count(c => c.Length == 4));
        Assert.Equal(117, codes.Count(c => c.Length == 6));
    }

    [Theory]
    [MemberData(nameof(Divisions))]
    public void CitiesAndCountiesMatchTheirOfficialRomanization(string code, string name, string official)
    {
        var romanization = PlaceNameRomanizer.Shared.Romanize(name);

        // The published tables are ASCII and write ü as v (Lvliang Shi).
        Assert.True(official == romanization.Toneless.Replace('ü', 'v'), $"{code} {name}: expected {official}, got {romanization.Toneless}");
    }
}
