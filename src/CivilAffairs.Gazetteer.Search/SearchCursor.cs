using System.Globalization;
using System.Text;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>An opaque cursor: the position of a hit in the ranked answer.</summary>
internal static class SearchCursor
{
    private const string Prefix = "search:";

    public static string Encode(int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position after the cursor's hit: where the next page starts.</summary>
    public static int StartAfter(string? cursor)
    {
        if (cursor is null) return 0;
        var bytes = new byte[cursor.Length];
        if (Convert.TryFromBase64String(cursor, bytes, out var length))
        {
            var text = Encoding.UTF8.GetString(bytes, 0, length);
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                && position < int.MaxValue)
                return position + 1;
        }
        throw new InvalidSearchException($"'{cursor}' is not a search cursor: pass the cursor of a search edge (or endCursor) unchanged.", "after");
    }
}
