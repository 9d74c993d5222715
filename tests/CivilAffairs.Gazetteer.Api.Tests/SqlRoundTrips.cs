using System.Diagnostics;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>
/// Counts the SQL commands Npgsql runs against one database, through its tracing (the API runs
/// in the test process). Other test classes use other databases, so their commands do not count.
/// </summary>
public sealed class SqlRoundTrips : IDisposable
{
    private readonly ActivityListener listener;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> commands = new();
    private int count;

    public SqlRoundTrips(string database)
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("db.namespace") as string == database && !IsIndexFollower(activity))
                {
                    Interlocked.Increment(ref count);
                    commands.Enqueue(SqlOf(activity) ?? activity.DisplayName);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public int Count => Volatile.Read(ref count);

    /// <summary>The SQL of the commands counted, for a failing test to show.</summary>
    public IReadOnlyList<string> Commands => [.. commands];

    /// <summary>
    /// The search index polls change_log in the background of every API host; those reads belong to
    /// no request and would make any count depend on timing. (A tile's statement reads the log's end
    /// beside the tile it builds: that one is a request's.)
    /// </summary>
    private static bool IsIndexFollower(Activity activity) =>
        SqlOf(activity) is { } sql && sql.Contains("FROM change_log", StringComparison.Ordinal) && !sql.Contains("ST_AsMVT", StringComparison.Ordinal);

    private static string? SqlOf(Activity activity) =>
        (activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement")) as string;

    public void Dispose() => listener.Dispose();
}
