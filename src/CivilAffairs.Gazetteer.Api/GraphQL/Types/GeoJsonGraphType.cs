using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

/// <summary>NetTopologySuite geometries written and read as GeoJSON objects (RFC 7946), SRID 4326.</summary>
internal sealed class GeoJsonGraphType : ScalarGraphType
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new GeoJsonConverterFactory(NtsGeometryServices.Instance.CreateGeometryFactory(4326)) },
    };

    public GeoJsonGraphType()
    {
        Name = "GeoJSON";
        Description = "A geometry as a GeoJSON object (RFC 7946): WGS84 longitude, latitude.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        Geometry geometry => JsonSerializer.SerializeToElement(geometry, Options),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Read(text),
        IDictionary<string, object?> json => Read(JsonSerializer.Serialize(json)),
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Read(text.Value.ToString()),
        _ => ThrowLiteralConversionError(value),
    };

    private static Geometry Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Geometry>(json, Options)
                ?? throw new FormatException("Expected a GeoJSON geometry object, got null.");
        }
        catch (JsonException exception)
        {
            throw new FormatException($"Not a GeoJSON geometry (RFC 7946): {exception.Message}", exception);
        }
    }
}
