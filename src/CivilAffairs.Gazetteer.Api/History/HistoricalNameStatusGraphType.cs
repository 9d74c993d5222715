using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.History;

internal sealed class HistoricalNameStatusGraphType : EnumerationGraphType
{
    public HistoricalNameStatusGraphType()
    {
        Name = "HistoricalNameStatus";
        Description = "Where a historical name stands today.";
        Add("IN_USE", "in_use", "Still the name of the place.");
        Add("RENAMED", "renamed", "The place goes by another name now.");
        Add("ABOLISHED", "abolished", "The name and the unit it named have ceased.");
    }
}
