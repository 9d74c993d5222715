using System.Diagnostics;

namespace CivilAffairs.Gazetteer.Cli.Tests;

/// <summary>
/// Runs the real `gazetteer` program (built beside the tests) as a person would: its exit
/// code and both output streams. GAZETTEER_DB and GAZETTEER_DB_PORT come only from the test.
/// </summary>
internal static class GazetteerProcess
{
    public static async Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
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

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new ProcessResult(process.ExitCode, await output, await error);
    }

    public static Task<ProcessResult> RunAsync(params string[] arguments) => RunAsync(null, arguments);
}
