using CivilAffairs.Gazetteer.Divisions;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

internal sealed class MatchLevelGraphType : EnumerationGraphType
{
    public MatchLevelGraphType()
    {
        Name = "MatchLevel";
        Description = "The level of the division an address resolved to: the deepest level the address names.";
        Add("PROVINCE", DivisionLevel.Province, "Only the province was named.");
        Add("CITY", DivisionLevel.City, "A prefecture-level city.");
        Add("COUNTY", DivisionLevel.County, "A county, district or county-level city.");
        Add("TOWNSHIP", DivisionLevel.Township, "A township, town or subdistrict.");
        Add("VILLAGE", DivisionLevel.Village, "A village or community committee.");
    }
}
