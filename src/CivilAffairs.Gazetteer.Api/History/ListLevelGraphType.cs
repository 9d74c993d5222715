using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.History;

internal sealed class ListLevelGraphType : EnumerationGraphType
{
    public ListLevelGraphType()
    {
        Name = "ListLevel";
        Description = "The government that listed a name for protection (地名保护名录).";
        Add("PROVINCE", "province", "The provincial list.");
        Add("CITY", "city", "A prefecture city's list.");
        Add("COUNTY", "county", "A county's list.");
    }
}
