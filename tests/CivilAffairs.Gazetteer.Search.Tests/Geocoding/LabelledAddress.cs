namespace CivilAffairs.Gazetteer.Search.Tests.Geocoding;

/// <summary>
/// One row of addresses.tsv: the variation it exercises, the address, and what a correct geocoder
/// answers — the one code (MATCHED), or every code the text cannot tell apart (AMBIGUOUS).
/// </summary>
internal sealed record LabelledAddress(string Kind, string Address, string ExpectedStatus, IReadOnlyList<string> ExpectedCodes)
{
    public string ToTsv() => string.Join('\t', Kind, Address, ExpectedStatus, string.Join(',', ExpectedCodes));

    public static LabelledAddress FromTsv(string line)
    {
        var f = line.Split('\t');
        return new LabelledAddress(f[0], f[1], f[2], f[3].Split(','));
    }
}
