using System.Globalization;
using System.Text;

namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>
/// An opaque page cursor: the order it belongs to, the sort key of the place and its id (pages
/// are keyset on (key, id)), so a cursor stays valid while rows are added or retired: the next
/// page starts right after it, no duplicates, no gaps. In id order it encodes the id alone.
/// </summary>
public sealed record PlaceCursor(PlaceOrder Order, long Id, string? Key)
{
    private const string Prefix = "place:";

    /// <summary>The sort key of a distance cursor, in metres.</summary>
    public double Meters => double.Parse(Key!, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static PlaceCursor Of(PlaceOrder order, long id, object? key) => new(order, id, key switch
    {
        null => null,
        double meters => meters.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(key, CultureInfo.InvariantCulture),
    });

    public string Encode()
    {
        var id = Id.ToString(CultureInfo.InvariantCulture);
        var text = Order == PlaceOrder.Id ? Prefix + id : $"{Prefix}{Order.ToString().ToLowerInvariant()}:{id}:{Key}";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
    }

    /// <exception cref="InvalidPlaceQueryException">The text was not issued by <see cref="Encode"/> for this order.</exception>
    public static PlaceCursor Decode(string cursor, PlaceOrder order, string argument = "after")
    {
        var bytes = new byte[cursor.Length];
        if (Convert.TryFromBase64String(cursor, bytes, out var written))
        {
            var text = Encoding.UTF8.GetString(bytes, 0, written);
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && TryRead(text[Prefix.Length..], out var read))
            {
                if (read.Order != order)
                    throw new InvalidPlaceQueryException(
                        $"{argument} is a cursor of a list ordered by {read.Order.ToString().ToUpperInvariant()}, but this list is ordered by {order.ToString().ToUpperInvariant()}. Page on with the same orderBy, or start again without {argument}.");
                return read;
            }
        }
        throw new InvalidPlaceQueryException(
            $"'{cursor}' is not a cursor of this service. Pass an endCursor (or startCursor, or an edge's cursor) from an earlier page unchanged, or leave {argument} out to start at the beginning.");
    }

    private static bool TryRead(string text, out PlaceCursor cursor)
    {
        cursor = null!;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var plainId))
        {
            cursor = new PlaceCursor(PlaceOrder.Id, plainId, null);
            return true;
        }
        var parts = text.Split(':', 3);
        if (parts.Length != 3
            || !Enum.TryParse<PlaceOrder>(parts[0], ignoreCase: true, out var order)
            || order == PlaceOrder.Id || parts[0] != parts[0].ToLowerInvariant()
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return false;
        if (order == PlaceOrder.Distance && !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            return false;
        cursor = new PlaceCursor(order, id, parts[2]);
        return true;
    }
}
