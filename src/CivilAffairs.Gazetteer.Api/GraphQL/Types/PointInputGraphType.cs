using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class PointInputGraphType : InputObjectGraphType<PointInput>
{
    public PointInputGraphType()
    {
        Name = "PointInput";
        Description = "A point in WGS84 degrees.";
        Field<NonNullGraphType<FloatGraphType>>("lon").Description("Longitude, -180 to 180.");
        Field<NonNullGraphType<FloatGraphType>>("lat").Description("Latitude, -90 to 90.");
    }
}
