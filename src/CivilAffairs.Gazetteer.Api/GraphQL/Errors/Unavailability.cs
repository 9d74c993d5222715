using System.Net.Sockets;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>
/// Tells a failure of the service's surroundings (PostgreSQL stopped, restarting, unreachable, too
/// slow) from a bug: the first is UNAVAILABLE, worth retrying
/// in a moment, the second stays INTERNAL.
/// </summary>
internal static class Unavailability
{
    public const string Message =
        "The registry database is not reachable right now (stopped, restarting or overloaded). Nothing was changed; try again in a few seconds.";

    // Connection exceptions, shutdown and recovery of the server, too many connections, a cancelled
    // statement (a timeout) and a hot-standby query cancelled by a conflict with replication.
    private static readonly string[] TransientStates = ["08", "57P01", "57P02", "57P03", "53300", "57014", "40001"];

    public static bool Explains(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case TimeoutException or SocketException:
                    return true;
                case PostgresException postgres:
                    return TransientStates.Any(s => postgres.SqlState.StartsWith(s, StringComparison.Ordinal));
                case NpgsqlException:
                    // Not an answer of the server: the connection could not be opened, broke or timed out.
                    return true;
            }
        }
        return false;
    }
}
