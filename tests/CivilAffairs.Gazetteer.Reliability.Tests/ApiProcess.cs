using System.Diagnostics;
using System.Text;
using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Reliability.Tests;

/// <summary>
/// The API as its own operating-system process (the build output of src/CivilAffairs.Gazetteer.Api,
/// as `dotnet CivilAffairs.Gazetteer.Api.dll` runs it) on a free port over <paramref name="connectionString"/>,
/// with a fresh index folder; killed when disposed if it still runs.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly string indexFolder;
    private readonly StringBuilder output = new();

    private ApiProcess(Process process, int port, string indexFolder)
    {
        this.process = process;
        Port = port;
        this.indexFolder = indexFolder;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>What the process wrote so far, for failure messages.</summary>
    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    public static async Task<ApiProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort.Find();
        var index = ApiNode.NewIndexFolder();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Data.RepositoryPaths.Root() };
        start.ArgumentList.Add(Path.Combine(ApiDirectory(), "CivilAffairs.Gazetteer.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["GAZETTEER_DB"] = connectionString;
        start.Environment["Search__IndexDirectory"] = index;
        start.Environment["Logging__LogLevel__Default"] = "Information";
        foreach (var (key, value) in settings)
            start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var api = new ApiProcess(process, port, index);
        process.OutputDataReceived += (_, e) => api.Append(e.Data);
        process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await api.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));
        return api;
    }

    /// <summary>Sends SIGTERM, as systemd, Docker or `kill` do to stop a service.</summary>
    public void Terminate()
    {
        // The shell's own kill: there on every Debian, without native interop.
        using var kill = Process.Start("/bin/sh", ["-c", $"kill -TERM {process.Id}"]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
            throw new InvalidOperationException($"kill -TERM {process.Id} failed with exit code {kill.ExitCode}");
    }

    /// <summary>Whether the process ended within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The API exited with {process.ExitCode} while starting:\n{Output}");
            try
            {
                using var health = await http.GetAsync("healthz");
                if (health.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The API was not healthy within {timeout.TotalSeconds:0} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (output)
            output.AppendLine(line);
    }

    /// <summary>The API's build output of the same configuration as these tests (bin/Release or bin/Debug).</summary>
    private static string ApiDirectory()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var api = Path.Combine(Data.RepositoryPaths.Root(), "src", "CivilAffairs.Gazetteer.Api", "bin", configuration, framework);
        if (!File.Exists(Path.Combine(api, "CivilAffairs.Gazetteer.Api.dll")))
            throw new InvalidOperationException($"The API is not built in {api}: build src/CivilAffairs.Gazetteer.Api -c {configuration} (the tests' build does, as they reference it).");
        return api;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        if (Directory.Exists(indexFolder))
            Directory.Delete(indexFolder, recursive: true);
    }
}
