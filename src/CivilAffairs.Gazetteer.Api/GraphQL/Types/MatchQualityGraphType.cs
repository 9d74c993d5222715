using CivilAffairs.Gazetteer.Search;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class MatchQualityGraphType : EnumerationGraphType<MatchQuality>
{
    public MatchQualityGraphType()
    {
        Name = "MatchQuality";
        Description = "How much of the name the typed text covers: the whole (EXACT), its start (PREFIX) or a part inside it (SUBSTRING).";
    }
}
