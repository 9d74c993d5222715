using System.Text.Json;
using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Data.Places;
using GraphQL.Types;
using GraphQLParser.AST;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

/// <summary>
/// NetTopologySuite geometries written and read as GeoJSON objects (RFC 7946), SRID 4326. Input
/// may be a JSON object in variables, an object literal in the document, or a string holding GeoJSON.
/// </summary>
internal sealed class GeoJsonGraphType : ScalarGraphType
{
    public GeoJsonGraphType()
    {
        Name = "GeoJSON";
        Description = "A geometry as a GeoJSON object (RFC 7946): longitude, latitude in WGS84, or in the system a crs argument asks for.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        Geometry geometry => JsonSerializer.SerializeToElement(geometry, GeometryText.GeoJsonOptions),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        Geometry geometry => geometry,
        string text => Read(text),
        IDictionary<string, object?> json => Read(JsonSerializer.Serialize(json)),
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Read(text.Value.ToString()),
        GraphQLObjectValue json => Read(ToJson(json)!.ToJsonString()),
        _ => ThrowLiteralConversionError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue or GraphQLStringValue or GraphQLObjectValue;

    private static Geometry Read(string json)
    {
        try
        {
            return GeometryText.ReadGeoJson(json, "The GeoJSON value");
        }
        catch (InvalidPlaceQueryException exception)
        {
            // GraphQL.NET reports a FormatException of a scalar as an invalid value, with this message.
            throw new FormatException(exception.Message, exception);
        }
    }

    private static JsonNode? ToJson(GraphQLValue value) => value switch
    {
        GraphQLObjectValue o => new JsonObject((o.Fields ?? []).Select(f => KeyValuePair.Create(f.Name.StringValue, ToJson(f.Value)))),
        GraphQLListValue l => new JsonArray((l.Values ?? []).Select(ToJson).ToArray()),
        GraphQLIntValue i => JsonValue.Create(double.Parse(i.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture)),
        GraphQLFloatValue f => JsonValue.Create(double.Parse(f.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture)),
        GraphQLStringValue s => JsonValue.Create(s.Value.ToString()),
        GraphQLBooleanValue b => JsonValue.Create(b.BoolValue),
        _ => null,
    };
}
