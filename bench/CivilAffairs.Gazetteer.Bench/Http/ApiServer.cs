using System.Diagnostics;
using System.Net.Sockets;

namespace CivilAffairs.Gazetteer.Bench.Http;

/// <summary>
/// The API a load run talks to: either a process this benchmark starts itself (the Release build
/// of src/CivilAffairs.Gazetteer.Api, built when missing, on 127.0.0.1) and stops when disposed,
/// or an API already running at a URL given by the caller (left running).
/// </summary>
internal sealed class ApiServer : IAsyncDisposable
{
    private readonly Process? process;

    private ApiServer(Uri baseAddress, Process? process)
    {
        BaseAddress = baseAddress;
        this.process = process;
    }

    /// <summary>The API's process when this benchmark started it.</summary>
    public int? ProcessId => process?.Id;

    /// <summary>e.g. http://127.0.0.1:5091/</summary>
    public Uri BaseAddress { get; }

    public Uri GraphQL => new(BaseAddress, "graphql");

    public Uri Health => new(BaseAddress, "healthz");

    /// <summary>An API someone else runs; nothing is started or stopped.</summary>
    public static ApiServer At(Uri baseAddress) => new(baseAddress, null);

    /// <summary>
    /// Starts the API on 127.0.0.1:<paramref name="port"/> over the database of <paramref name="connectionString"/>,
    /// with extra environment (e.g. Search__IndexDirectory), then waits until /healthz answers 200
    /// and <paramref name="ready"/> (given the body of /healthz) holds — e.g. the search index is built.
    /// Its output goes to <paramref name="logFile"/>.
    /// </summary>
    public static async Task<ApiServer> StartAsync(
        string repositoryRoot, string connectionString, int port, string logFile,
        IReadOnlyDictionary<string, string>? environment = null, Func<string, bool>? ready = null,
        TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        if (PortInUse(port))
            throw new InvalidOperationException($"Port {port} on 127.0.0.1 is already in use: stop what runs there or choose another port.");
        var dll = Path.Combine(repositoryRoot, "src", "CivilAffairs.Gazetteer.Api", "bin", "Release", "net10.0", "CivilAffairs.Gazetteer.Api.dll");
        if (!File.Exists(dll))
            await BuildAsync(repositoryRoot, cancellationToken);

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["GAZETTEER_DB"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__CivilAffairs"] = "Information";
        // All load comes from 127.0.0.1, one client: without this the per-client limits would be measured, not the service.
        start.Environment["Auth__RateLimits"] = "false";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            start.Environment[key] = value;

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(logFile))!);
        var log = new StreamWriter(logFile, append: false) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ApiServer(new Uri($"http://127.0.0.1:{port}/"), process);
        try
        {
            await server.WaitReadyAsync(ready, timeout ?? TimeSpan.FromMinutes(10), cancellationToken);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>Polls /healthz (once a second, progress on stderr) until it answers 200 and <paramref name="ready"/> holds.</summary>
    public async Task WaitReadyAsync(Func<string, bool>? ready, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var last = "";
        while (clock.Elapsed < timeout)
        {
            if (process is { HasExited: true })
                throw new InvalidOperationException($"The API exited with code {process.ExitCode} before it was ready; see its log.");
            try
            {
                using var response = await http.GetAsync(Health, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode && (ready is null || ready(body)))
                {
                    Console.Error.WriteLine($"API ready at {BaseAddress} after {clock.Elapsed.TotalSeconds:F0} s");
                    return;
                }
                if (body != last) Console.Error.WriteLine($"  waiting for the API ({clock.Elapsed.TotalSeconds:F0} s): {body}");
                last = body;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
        throw new TimeoutException($"The API at {BaseAddress} was not ready within {timeout.TotalMinutes:F0} min (last /healthz: {last}).");
    }

    private static async Task BuildAsync(string repositoryRoot, CancellationToken cancellationToken)
    {
        Console.Error.WriteLine("Building the API (Release)...");
        var build = new ProcessStartInfo("dotnet") { WorkingDirectory = repositoryRoot };
        foreach (var arg in new[] { "build", "src/CivilAffairs.Gazetteer.Api", "-c", "Release", "--nologo", "-v", "q" })
            build.ArgumentList.Add(arg);
        using var process = Process.Start(build) ?? throw new InvalidOperationException("could not start dotnet build");
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0) throw new InvalidOperationException("Building the API failed; run dotnet build src/CivilAffairs.Gazetteer.Api -c Release to see why.");
    }

    private static bool PortInUse(int port)
    {
        try
        {
            using var socket = new TcpClient();
            socket.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (process is null) return;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
