using CivilAffairs.Gazetteer.Search;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class MatchQualityGraphType : EnumerationGraphType<MatchQuality>
{
    public MatchQualityGraphType()
    {
        Name = "MatchQuality";
        Description = "How much of the name the typed text covers: the whole (EXACT), its start (PREFIX) or a part inside it (SUBSTRING).";
        Values.FindByName("SUBSTRING")!.Description = "The text is a part inside the name.";
        Values.FindByName("PREFIX")!.Description = "The name starts with the text.";
        Values.FindByName("EXACT")!.Description = "The text is the whole name.";
    }
}
