using CivilAffairs.Gazetteer.Api.Geocoding;
using CivilAffairs.Gazetteer.Coordinates;
using GraphQL;
using GraphQL.Builders;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

/// <summary>The crs argument of coordinate fields: WGS84 unless the client asks for GCJ-02 or BD-09.</summary>
internal static class CrsArgument
{
    public static FieldBuilder<TSource, TReturn> WithCrsArgument<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field) =>
        field.Argument<CrsGraphType>("crs", "The coordinate system of the answer: WGS84 (the default, as stored), GCJ02 (Amap, Tencent) or BD09 (Baidu).", a => a.DefaultValue = Crs.Wgs84);

    public static Crs RequestedCrs(this IResolveFieldContext context) => context.GetArgument("crs", Crs.Wgs84);
}
