using CivilAffairs.Gazetteer.Divisions;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class DivisionLevelGraphType : EnumerationGraphType<DivisionLevel>
{
    public DivisionLevelGraphType()
    {
        Name = "DivisionLevel";
        Description = "The level of a statistical division: province 省, city 地级市, county 县级, township 乡镇街道, village 村委会/居委会.";
    }
}
