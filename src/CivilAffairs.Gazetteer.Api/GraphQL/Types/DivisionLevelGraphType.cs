using CivilAffairs.Gazetteer.Divisions;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class DivisionLevelGraphType : EnumerationGraphType<DivisionLevel>
{
    public DivisionLevelGraphType()
    {
        Name = "DivisionLevel";
        Description = "The level of a statistical division: province 省, city 地级市, county 县级, township 乡镇街道, village 村委会/居委会.";
        Describe("PROVINCE", "省: the province, 2 digits (14).");
        Describe("CITY", "地级市: a prefecture-level city, 4 digits (1410).");
        Describe("COUNTY", "县/区/县级市: a county, district or county-level city, 6 digits (141024).");
        Describe("TOWNSHIP", "乡/镇/街道: a township, town or subdistrict, 9 digits (141024100).");
        Describe("VILLAGE", "村委会/居委会: a village or community committee, 12 digits (141024100201).");
    }

    private void Describe(string name, string description) => Values.FindByName(name)!.Description = description;
}
