using System.Diagnostics;
using Npgsql;

namespace CivilAffairs.Gazetteer.Bench.Http;

/// <summary>
/// Processor time used so far by the API process, the database server's processes and this load
/// generator. Two snapshots around a run, divided by its requests, say what one request cost each
/// of them: unlike throughput, that hardly moves when other work shares the machine.
/// </summary>
internal sealed record ProcessorUse(TimeSpan? Api, TimeSpan? Database, TimeSpan LoadGenerator)
{
    /// <param name="apiProcessId">the API's process when this benchmark started it; null for an API running elsewhere</param>
    /// <param name="databaseServer">a connection to the benchmark's database on this machine: its server's processes are counted</param>
    public static async Task<ProcessorUse> NowAsync(int? apiProcessId, NpgsqlDataSource databaseServer, CancellationToken cancellationToken)
    {
        var pids = new List<int>();
        await using (var command = databaseServer.CreateCommand("SELECT pid FROM pg_stat_activity"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken))
                pids.Add(reader.GetInt32(0));
        // A backend that ended in between is left out; none readable means a server elsewhere.
        var database = pids.Select(pid => ProcessorTimeOf(pid, "postgres")).OfType<TimeSpan>().ToList();
        return new ProcessorUse(
            apiProcessId is { } api ? ProcessorTimeOf(api, "dotnet") : null,
            database.Count > 0 ? database.Aggregate(TimeSpan.Zero, (sum, time) => sum + time) : null,
            Process.GetCurrentProcess().TotalProcessorTime);
    }

    /// <summary>Milliseconds of processor time per request between two snapshots, by process.</summary>
    public static ProcessorCost PerRequest(ProcessorUse before, ProcessorUse after, long requests)
    {
        double? PerRequest(TimeSpan? from, TimeSpan? to) =>
            from is { } f && to is { } t && requests > 0 ? (t - f).TotalMilliseconds / requests : null;
        return new ProcessorCost(
            PerRequest(before.Api, after.Api),
            PerRequest(before.Database, after.Database),
            PerRequest(before.LoadGenerator, after.LoadGenerator)!.Value);
    }

    /// <summary>A process's processor time, or null when it is gone, is not named <paramref name="name"/> (a pid of another machine's server) or not ours to read.</summary>
    private static TimeSpan? ProcessorTimeOf(int pid, string name)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.ProcessName.StartsWith(name, StringComparison.Ordinal) ? process.TotalProcessorTime : null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
