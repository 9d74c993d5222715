using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;

namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>Opaque cursors over historical names, keyset on id like the places' cursors.</summary>
internal static class HistoricalNameCursor
{
    private const string Prefix = "historical_name:";

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
            $"'{cursor}' is not a cursor of historicalNames. Pass an endCursor from an earlier page unchanged, or leave after out to start at the beginning.");
    }
}
