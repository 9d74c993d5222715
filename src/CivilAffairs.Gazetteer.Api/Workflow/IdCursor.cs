using System.Globalization;
using System.Text;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;

namespace CivilAffairs.Gazetteer.Api.Workflow;

/// <summary>Opaque keyset cursors over an id or sequence number, one prefix per list (proposal:, poi:, change:).</summary>
internal static class IdCursor
{
    public static string Encode(string prefix, long id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(prefix + ":" + id.ToString(CultureInfo.InvariantCulture)));

    public static long? Decode(string prefix, string? cursor)
    {
        if (cursor is null)
            return null;
        var bytes = new byte[cursor.Length];
        if (Convert.TryFromBase64String(cursor, bytes, out var written))
        {
            var text = Encoding.UTF8.GetString(bytes, 0, written);
            if (text.StartsWith(prefix + ":", StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(prefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                return id;
        }
        throw new BadUserInputError($"'{cursor}' is not a cursor of this list. Pass an endCursor from an earlier page of the same list unchanged, or leave after out.");
    }

    public static int First(int first, int max)
    {
        if (first > max)
            throw new LimitExceededError($"first is {first}; a page holds at most {max}. Ask for fewer and page on with after: pageInfo.endCursor.");
        if (first < 0)
            throw new BadUserInputError($"first is {first}; ask for 0 to {max}.");
        return first;
    }
}
