using CivilAffairs.Gazetteer.Data.Places;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class PlaceConnectionGraphType : ObjectGraphType<PlaceConnection>
{
    public PlaceConnectionGraphType()
    {
        Name = "PlaceConnection";
        Description = "A page of places in a stable order, Relay style: page on with after: pageInfo.endCursor, or back with before: pageInfo.startCursor.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceEdgeGraphType>>>>("edges").Description("The places of this page.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Description("Whether more pages follow or precede, and the cursors.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many places match the filter in all pages.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<PlaceQueries>().CountAsync(c.Source.Filter, c.CancellationToken));
    }
}
