using CivilAffairs.Gazetteer.Search;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class SearchEdgeGraphType : ObjectGraphType<SearchEdge>
{
    public SearchEdgeGraphType()
    {
        Name = "SearchEdge";
        Description = "A search hit in a page, with its cursor.";
        Field<NonNullGraphType<SearchHitGraphType>>("node").Description("The hit.").Resolve(c => c.Source.Hit);
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("An opaque cursor: pass it as after to continue right after this hit.").Resolve(c => c.Source.Cursor);
    }
}
