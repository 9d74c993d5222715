using System.Runtime.InteropServices;

namespace CivilAffairs.Gazetteer.Bench;

/// <summary>
/// Processor time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID): on a machine shared with
/// other work, wall-clock latency includes waiting for a core; this is what the work itself cost.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux() && TryNow(out _);

    /// <summary>Milliseconds of processor time this thread has used so far (0 where unavailable).</summary>
    public static double NowMilliseconds() => Available && TryNow(out var ms) ? ms : 0;

    private static bool TryNow(out double milliseconds)
    {
        milliseconds = 0;
        try
        {
            if (clock_gettime(ThreadCpuTime, out var time) != 0) return false;
            milliseconds = time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int clock_gettime(int clock, out TimeSpec time);
}
