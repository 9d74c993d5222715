using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.History;

internal sealed class HistoricalNameEdgeGraphType : ObjectGraphType<HistoricalNameEdge>
{
    public HistoricalNameEdgeGraphType()
    {
        Name = "HistoricalNameEdge";
        Description = "A historical name in a page, with its cursor.";
        Field<NonNullGraphType<HistoricalNameGraphType>>("node").Description("The historical name.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("An opaque cursor: pass it as after to continue right after this name.").Resolve(c => c.Source.Cursor);
    }
}
