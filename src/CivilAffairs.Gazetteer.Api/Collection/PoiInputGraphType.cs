using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Collection;

internal sealed class PoiInputGraphType : InputObjectGraphType<PoiInput>
{
    public PoiInputGraphType()
    {
        Name = "PoiInput";
        Description = "A village name or point of interest collected in the field.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name in Chinese characters (贾村卫生室).");
        Field<NonNullGraphType<StringGraphType>>("category").Description("The POI category: clinic, school, public_service, square, shop, heritage, natural_village, ...");
        Field<NonNullGraphType<FloatGraphType>>("lon").Description("WGS84 longitude.");
        Field<NonNullGraphType<FloatGraphType>>("lat").Description("WGS84 latitude.");
        Field<StringGraphType>("photo").Description("Reference of the photo taken (file name or archive id).");
        Field<StringGraphType>("note").Description("What the collector noted.");
    }
}
