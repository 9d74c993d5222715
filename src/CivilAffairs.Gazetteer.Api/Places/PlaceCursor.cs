using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;

namespace CivilAffairs.Gazetteer.Api.Places;

/// <summary>
/// Opaque page cursors. They encode the place id (pages are keyset on id), so a cursor stays
/// valid while rows are added or retired: the next page starts after it, no duplicates, no gaps.
/// </summary>
internal static class PlaceCursor
{
    private const string Prefix = "place:";

    public static string Encode(long id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + id.ToString(CultureInfo.InvariantCulture)));

    /// <exception cref="BadUserInputError">The text was not issued by <see cref="Encode"/>.</exception>
    public static long Decode(string cursor)
    {
        var bytes = new byte[cursor.Length];
        if (Convert.TryFromBase64String(cursor, bytes, out var written))
        {
            var text = Encoding.UTF8.GetString(bytes, 0, written);
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                return id;
        }
        throw new BadUserInputError(
            $"'{cursor}' is not a cursor of this service. Pass an endCursor (or an edge's cursor) from an earlier page unchanged, or leave after out to start at the beginning.");
    }
}
