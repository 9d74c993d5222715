using CivilAffairs.Gazetteer.Search;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class SuggestionGraphType : ObjectGraphType<Suggestion>
{
    public SuggestionGraphType()
    {
        Name = "Suggestion";
        Description = "A type-ahead completion.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The name to show.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<MatchKindGraphType>>("matched").Description("Which form of the name the prefix matched.").Resolve(c => c.Source.Hit.Matched);
        Field<NonNullGraphType<SearchHitGraphType>>("hit").Description("What the suggestion stands for (its place, when it is one).").Resolve(c => c.Source.Hit);
    }
}
