using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using GraphQL.Types;
using GraphQLParser.AST;

namespace CivilAffairs.Gazetteer.Api.Changes;

/// <summary>
/// The change feed's cursor as a scalar of its own: a value that is not a cursor this service issued
/// is refused while the document is validated or its variables coerced, so the request does not run
/// and GraphQL over HTTP answers it 400 like any other invalid request. Parsed, it is the change_log
/// sequence number (a <see cref="long"/>).
/// </summary>
internal sealed class ChangeCursorGraphType : ScalarGraphType
{
    public ChangeCursorGraphType()
    {
        Name = "ChangeCursor";
        Description = "An opaque change-feed cursor (变更游标): an edge's cursor or pageInfo.endCursor of an earlier changes page, or the cursor of a snapshot. Pass it back unchanged.";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string cursor => cursor,
        long seq => ChangeCursor.Encode(seq),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string cursor => Decode(cursor),
        long seq => seq,
        _ => throw new InvalidScalarValueException(ChangeCursor.Problem(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "")),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue cursor => Decode(cursor.Value.ToString()),
        GraphQLIntValue number => throw new InvalidScalarValueException(ChangeCursor.Problem(number.Value.ToString())),
        GraphQLFloatValue number => throw new InvalidScalarValueException(ChangeCursor.Problem(number.Value.ToString())),
        _ => throw new InvalidScalarValueException(ChangeCursor.Problem(value.Kind.ToString())),
    };

    // Every literal reaches ParseLiteral, whose message says what is wrong with it and what to send instead.
    public override bool CanParseLiteral(GraphQLValue value) => true;

    private static long Decode(string cursor) =>
        ChangeCursor.TryDecode(cursor, out var seq, out var problem) ? seq : throw new InvalidScalarValueException(problem);
}
