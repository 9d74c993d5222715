using CivilAffairs.Gazetteer.Search;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class SearchConnectionGraphType : ObjectGraphType<SearchPage>
{
    public SearchConnectionGraphType()
    {
        Name = "SearchConnection";
        Description = "A page of search hits, best first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchEdgeGraphType>>>>("edges").Description("The hits of this page.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Where this page lies.")
            .Resolve(c => new PageInfo(c.Source.HasNextPage, c.Source.HasPreviousPage, c.Source.StartCursor, c.Source.EndCursor));
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many names match in all.").Resolve(c => c.Source.TotalCount);
    }
}
