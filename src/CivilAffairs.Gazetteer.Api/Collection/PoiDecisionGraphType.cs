using CivilAffairs.Gazetteer.Data.Collection;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Collection;

internal sealed class PoiDecisionGraphType : EnumerationGraphType<PoiDecision>
{
    public PoiDecisionGraphType()
    {
        Name = "PoiDecision";
        Description = "A reviewer's decision on a collected name.";
        Values.FindByName("ACCEPT")!.Description = "A new place: it is registered (status CURRENT) in the same transaction.";
        Values.FindByName("MERGE")!.Description = "The same as an existing place (mergeInto): the collected name becomes its alias.";
        Values.FindByName("REJECT")!.Description = "Not kept (a note says why); it stays on record.";
    }
}
