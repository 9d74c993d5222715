using CivilAffairs.Gazetteer.Search;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class MatchKindGraphType : EnumerationGraphType<MatchKind>
{
    public MatchKindGraphType()
    {
        Name = "MatchKind";
        Description = "Which form of a name the typed text matched: the standard name, an alias, a former name, the traditional characters, pinyin, pinyin initials or Wade-Giles.";
    }
}
