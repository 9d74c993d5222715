using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.History;

internal sealed class YearPrecisionGraphType : EnumerationGraphType
{
    public YearPrecisionGraphType()
    {
        Name = "YearPrecision";
        Description = "How exactly a year is known.";
        Add("YEAR", "year", "To the year.");
        Add("DECADE", "decade", "To the decade: the year is its first.");
        Add("CENTURY", "century", "To the century: the year is its first.");
        Add("DYNASTY", "dynasty", "Only the dynasty is known: the year is the dynasty's first (or last, for an end).");
    }
}
