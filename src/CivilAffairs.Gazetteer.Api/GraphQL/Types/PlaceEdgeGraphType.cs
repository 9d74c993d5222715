using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class PlaceEdgeGraphType : ObjectGraphType<PlaceEdge>
{
    public PlaceEdgeGraphType()
    {
        Name = "PlaceEdge";
        Description = "A place in a page, with its cursor.";
        Field<NonNullGraphType<PlaceGraphType>>("node").Description("The place.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("An opaque cursor: pass it as after to continue right after this place.").Resolve(c => c.Source.Cursor);
    }
}
