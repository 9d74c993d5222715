namespace CivilAffairs.Gazetteer.Bench.Http;

/// <summary>The 1/5/15-minute load averages: the machines are shared, so every result says how busy they were.</summary>
internal static class MachineLoad
{
    public static string Now() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
