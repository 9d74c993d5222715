using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Changes;

internal sealed class ChangeConnectionGraphType : ObjectGraphType<ChangeConnection>
{
    public ChangeConnectionGraphType()
    {
        Name = "ChangeConnection";
        Description = "A page of the change feed, oldest first. Apply the changes in order, then ask again with since: pageInfo.endCursor.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChangeEdgeGraphType>>>>("edges").Description("The changes of this page, in log order.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo")
            .Description("hasNextPage: more changes are already there. endCursor: where to continue; on an empty page it is the since given (or the start), so a client can poll with it.")
            .Resolve(c => c.Source.PageInfo);
    }
}
