using System.Diagnostics;

namespace CivilAffairs.Gazetteer.Cli.Tests;

/// <summary>
/// Runs the real `gazetteer` program (built beside the tests) as a person would: its exit
/// code and both output streams. GAZETTEER_DB and GAZETTEER_DB_PORT come only from the test.
/// </summary>
internal static class GazetteerProcess
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    public static Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunAsync(environment, DefaultTimeout, arguments);

    /// <summary>For long work (the real import): the process may take up to <paramref name="timeout"/>.</summary>
    public static async Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments)
    {
        using var process = Start(environment, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(deadline.Token);
        return new ProcessResult(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the program with its output streams redirected, for a test that watches or kills it; the caller disposes it.</summary>
    public static Process Start(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gazetteer.dll"));
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment.Remove("GAZETTEER_DB");
        start.Environment.Remove("GAZETTEER_DB_PORT");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        return Process.Start(start)!;
    }

    public static Task<ProcessResult> RunAsync(params string[] arguments) => RunAsync(null, arguments);
}
