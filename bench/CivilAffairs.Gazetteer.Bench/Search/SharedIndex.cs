using System.Diagnostics;
using CivilAffairs.Gazetteer.Search;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.Search;

/// <summary>
/// The benchmarks' shared search index of the full data (.local/bench-index-full), reused when current.
/// When it had to be built, it is closed and opened again before anything is timed, so that queries are
/// measured in a process that only reads the index, as the API's once it serves, not beside the build's
/// last merges and garbage.
/// </summary>
internal static class SharedIndex
{
    public static async Task<PlaceIndex> OpenAsync(BenchContext context, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var options = new SearchOptions { IndexDirectory = Path.Combine(context.RepositoryRoot, ".local", "bench-index-full") };
        var clock = Stopwatch.StartNew();
        Console.Error.WriteLine("Opening the search index (a first build of the full data takes a few minutes)...");
        var index = new PlaceIndex(options, dataSource);
        var open = index.OpenAsync(cancellationToken);
        while (await Task.WhenAny(open, Task.Delay(5000, cancellationToken)) != open)
            Console.Error.WriteLine($"  index: {index.Status.State} {index.Status.Percent}% at {clock.Elapsed.TotalSeconds:F0} s");
        await open;
        if (index.LastOpen != "reused")
        {
            Console.Error.WriteLine($"Index {index.LastOpen} in {clock.Elapsed.TotalSeconds:F0} s; opening it again to measure a reading process");
            // Disposing the writer waits for its merges.
            index.Dispose();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            index = new PlaceIndex(options, dataSource);
            await index.OpenAsync(cancellationToken);
        }
        Console.Error.WriteLine($"Index {index.LastOpen}: {index.Count:N0} documents in {clock.Elapsed.TotalSeconds:F0} s");
        return index;
    }
}
