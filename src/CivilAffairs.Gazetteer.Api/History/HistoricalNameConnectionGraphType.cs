using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.History;

internal sealed class HistoricalNameConnectionGraphType : ObjectGraphType<HistoricalNameConnection>
{
    public HistoricalNameConnectionGraphType()
    {
        Name = "HistoricalNameConnection";
        Description = "A page of historical names in a stable order (by id), Relay style: page on with after: pageInfo.endCursor.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoricalNameEdgeGraphType>>>>("edges").Description("The names of this page.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Whether more pages follow or precede, and the cursors.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many names match the filter in all pages.")
            .ResolveAsync(async c => c.Source.TotalCount ?? await c.RequestServices!.GetRequiredService<HistoricalNameQueries>().CountAsync(c.Source.Filter, c.CancellationToken));
    }
}
