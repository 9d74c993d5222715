using CivilAffairs.Gazetteer.Divisions;

namespace CivilAffairs.Gazetteer.Naming;

/// <summary>
/// Where a name must be unique and not a homophone (rules 8 and 9), as the registry can check it:
/// which categories it is compared with, under which division code prefix, and on what.
/// </summary>
/// <param name="Description">The scope in words, for the explanation.</param>
/// <param name="Categories">The categories a name of this category collides with.</param>
/// <param name="DivisionPrefix">Compared names lie under this code prefix ("" for everything the registry holds).</param>
/// <param name="DistrictsOnly">True when only the districts (县级 codes 01-20) under the prefix form the scope: a city's built-up area.</param>
/// <param name="ComparedOn">Specific or whole name.</param>
/// <param name="DuplicateOutcome">Violation where the regulation sets the scope; a warning for other categories.</param>
public sealed record NamingScope(
    string Description,
    IReadOnlyList<string> Categories,
    string DivisionPrefix,
    bool DistrictsOnly,
    NameComparison ComparedOn,
    CheckOutcome DuplicateOutcome)
{
    /// <summary>The scope for a name of the category lying in the division.</summary>
    public static NamingScope For(string category, DivisionCode division)
    {
        if (NameCategories.CountyAndAbove.Contains(category))
            return new NamingScope(
                "county level and above, nationwide — the registry holds Shanxi only, so names in other provinces are not compared here and must be checked against the national registry",
                [.. NameCategories.CountyAndAbove], "", false, NameComparison.Specific, CheckOutcome.Violation);
        if (category == "township")
            return new NamingScope("townships, towns and subdistricts (乡镇街道) within the province",
                ["township"], division.Full[..2], false, NameComparison.Specific, CheckOutcome.Violation);

        var county = CountyOf(division, category);
        if (NameCategories.CommitteeSeats.Contains(category))
            return new NamingScope($"the seats of village and community committees within the county {county.Short}",
                [.. NameCategories.CommitteeSeats], county.Short, false, NameComparison.WholeName, CheckOutcome.Violation);
        if (NameCategories.Streets.Contains(category))
        {
            // The registry has no built-up-area polygons: a city's districts (01-20) are taken as
            // one built-up area, a county's seat and towns as the county's.
            var isDistrict = int.Parse(county.Full.AsSpan(4, 2), System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 20;
            return isDistrict
                ? new NamingScope($"streets, roads, lanes and residential areas within the built-up area, taken as the districts of the city {county.Full[..4]}",
                    [.. NameCategories.Streets], county.Full[..4], true, NameComparison.WholeName, CheckOutcome.Violation)
                : new NamingScope($"streets, roads, lanes and residential areas within the built-up area, taken as the county {county.Short}",
                    [.. NameCategories.Streets], county.Short, false, NameComparison.WholeName, CheckOutcome.Violation);
        }
        return new NamingScope($"{category} names within the county {county.Short} (the regulation sets no scope for this category; the same name twice in a county confuses)",
            [category], county.Short, false, NameComparison.WholeName, CheckOutcome.Warning);
    }

    private static DivisionCode CountyOf(DivisionCode division, string category)
    {
        if (division.Level < DivisionLevel.County)
            throw new NameCheckInputException(NameCheckProblem.BadInput,
                $"A {category} is compared within its county: give the code of the county, township or village it lies in (6, 9 or 12 digits), not {division.Short}.");
        return DivisionCode.Parse(division.Full[..6]);
    }
}
