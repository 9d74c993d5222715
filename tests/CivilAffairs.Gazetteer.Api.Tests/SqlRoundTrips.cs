using System.Diagnostics;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>
/// Counts the SQL commands Npgsql runs against one database, through its tracing (the API runs
/// in the test process). Other test classes use other databases, so their commands do not count.
/// </summary>
public sealed class SqlRoundTrips : IDisposable
{
    private readonly ActivityListener listener;
    private int count;

    public SqlRoundTrips(string database)
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem("db.namespace") as string == database)
                    Interlocked.Increment(ref count);
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public int Count => Volatile.Read(ref count);

    public void Dispose() => listener.Dispose();
}
