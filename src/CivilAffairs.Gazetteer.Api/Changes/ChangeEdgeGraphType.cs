using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Changes;

internal sealed class ChangeEdgeGraphType : ObjectGraphType<ChangeEdge>
{
    public ChangeEdgeGraphType()
    {
        Name = "ChangeEdge";
        Description = "A change in a page of the feed, with its cursor.";
        Field<NonNullGraphType<ChangeGraphType>>("node").Description("The change.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("An opaque cursor: pass it as since to continue right after this change.").Resolve(c => c.Source.Cursor);
    }
}
