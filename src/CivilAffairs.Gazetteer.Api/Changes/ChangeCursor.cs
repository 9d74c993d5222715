using System.Globalization;
using System.Text;

namespace CivilAffairs.Gazetteer.Api.Changes;

/// <summary>
/// The change feed's opaque cursor: the change_log sequence number a client has applied up to.
/// Opaque so that clients pass it back unchanged rather than doing arithmetic on it.
/// </summary>
internal static class ChangeCursor
{
    private const string Prefix = "changes:";

    public static string Encode(long seq) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + seq.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string cursor, out long seq, out string problem)
    {
        var bytes = new byte[cursor.Length];
        if (Convert.TryFromBase64String(cursor.Trim(), bytes, out var written))
        {
            var text = Encoding.UTF8.GetString(bytes, 0, written);
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out seq))
            {
                problem = "";
                return true;
            }
        }
        seq = 0;
        problem = Problem(cursor);
        return false;
    }

    /// <summary>What to say of a value that is not a cursor of this service, and what to send instead.</summary>
    public static string Problem(string cursor) =>
        $"since = '{cursor}' is not a change-feed cursor of this service. Pass the endCursor of an earlier changes page, " +
        "or the cursor of a snapshot (/changes/snapshot), unchanged; leave since out (or null) to read the feed from its start.";
}
