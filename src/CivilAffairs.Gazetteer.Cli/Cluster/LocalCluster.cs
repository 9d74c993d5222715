using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CivilAffairs.Gazetteer.Cli.Cluster;

/// <summary>
/// A project-local PostgreSQL 15 + PostGIS cluster in one folder: created with initdb
/// (C.UTF-8, so pg_trgm finds Chinese trigrams), listening on 127.0.0.1 and its own port,
/// with its unix socket and log file beside the data. Started and stopped with pg_ctl.
/// </summary>
internal sealed class LocalCluster(string dataDirectory, int port, string portSetting = LocalCluster.PortVariable)
{
    public const string PortVariable = "GAZETTEER_DB_PORT";
    public const int DefaultPort = 54330;
    public const string DatabaseName = "gazetteer";

    // sun_path holds 108 bytes with its terminating zero.
    private const int MaxSocketPathBytes = 107;
    private const int StartTimeoutSeconds = 60;

    public string DataDirectory => dataDirectory;

    public int Port => port;

    public string LogFile => Path.Combine(dataDirectory, "server.log");

    public string SocketDirectory => SocketDirectoryFor(dataDirectory, port);

    public bool IsInitialized => File.Exists(Path.Combine(dataDirectory, "PG_VERSION"));

    public static string AdminConnectionString(int port) => $"Host=127.0.0.1;Port={port};Username=postgres";

    public static string ApplicationConnectionString(int port) => $"{AdminConnectionString(port)};Database={DatabaseName}";

    /// <summary>The port from GAZETTEER_DB_PORT, or <see cref="DefaultPort"/>.</summary>
    /// <summary>The repository's own cluster, where <see cref="ClusterLocation"/> puts it, on the configured port.</summary>
    public static async Task<LocalCluster> OfRepositoryAsync(CancellationToken cancellationToken)
    {
        var location = await ClusterLocation.ForRepositoryAsync(Data.RepositoryPaths.Root(), cancellationToken);
        return new LocalCluster(location.DataDirectory, PortFromEnvironment());
    }

    public static int PortFromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(PortVariable);
        if (string.IsNullOrWhiteSpace(value))
            return DefaultPort;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1024 and <= 65535
            ? parsed
            : throw new CommandFailedException($"{PortVariable}='{value}' is not a usable port: give a number from 1024 to 65535, e.g. {PortVariable}={DefaultPort}.", ExitCodes.Usage);
    }

    /// <summary>The data folder when the socket path fits, else a short folder under /tmp named after it.</summary>
    public static string SocketDirectoryFor(string dataDirectory, int port)
    {
        var socket = Path.Combine(dataDirectory, $".s.PGSQL.{port}");
        return Encoding.UTF8.GetByteCount(socket) < MaxSocketPathBytes
            ? dataDirectory
            : Path.Combine("/tmp", "gazetteer-" + ClusterLocation.Hash(dataDirectory));
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        PostgresTools.EnsureInstalled();
        Directory.CreateDirectory(dataDirectory);
        await HandToPostgresAsync(dataDirectory, cancellationToken);
        var result = await PostgresTools.RunAsync(
            "initdb",
            ["-D", dataDirectory, "-U", "postgres", "--auth=trust", "--locale=C.UTF-8", "-E", "UTF8"],
            cancellationToken);
        if (!result.Succeeded)
            throw new CommandFailedException(
                $"initdb could not create the database cluster in {dataDirectory}:{Environment.NewLine}{Tail(result.Output)}{Environment.NewLine}" +
                "If that folder holds something else, move it away or delete it, then run `gazetteer db up` again.");
    }

    /// <summary>
    /// Creates a hot-standby streaming replica of this (running) cluster in <paramref name="replicaDirectory"/>
    /// with pg_basebackup -R: PostgreSQL's own replication, the replica follows every commit of the primary.
    /// Start it with <see cref="StartAsync"/> on its own port.
    /// </summary>
    public async Task<LocalCluster> CreateReplicaAsync(string replicaDirectory, int replicaPort, CancellationToken cancellationToken)
    {
        PostgresTools.EnsureInstalled();
        if (File.Exists(Path.Combine(replicaDirectory, "PG_VERSION")))
            throw new CommandFailedException($"{replicaDirectory} holds a database cluster already: start it, or delete the folder to copy the primary afresh.");
        // PostgreSQL refuses a data folder that others may read; pg_basebackup keeps the mode it finds.
        Directory.CreateDirectory(replicaDirectory);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(replicaDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await HandToPostgresAsync(replicaDirectory, cancellationToken);
        var result = await PostgresTools.RunAsync(
            "pg_basebackup",
            ["-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-D", replicaDirectory,
             "-R", "-X", "stream", "-c", "fast"],
            cancellationToken);
        if (!result.Succeeded)
            throw new CommandFailedException(
                $"pg_basebackup could not copy the database on 127.0.0.1:{port} into {replicaDirectory}:{Environment.NewLine}{Tail(result.Output)}{Environment.NewLine}" +
                "Check that the primary runs (`gazetteer db up`) and accepts replication connections from 127.0.0.1, then delete the folder and try again.");
        var replica = new LocalCluster(replicaDirectory, replicaPort);
        // The copy carries the primary's log; the replica writes its own.
        File.Delete(replica.LogFile);
        return replica;
    }

    public async Task<ClusterStatus> StatusAsync(CancellationToken cancellationToken)
    {
        if (!IsInitialized)
            return new ClusterStatus(false, false, null);
        PostgresTools.EnsureInstalled();
        var result = await PostgresTools.RunAsync("pg_ctl", ["-D", dataDirectory, "status"], cancellationToken);
        return result.Succeeded
            ? new ClusterStatus(true, true, RunningPort() ?? port)
            : new ClusterStatus(true, false, null);
    }

    /// <summary>Starts the cluster unless it runs already; returns the port it listens on.</summary>
    public async Task<int> StartAsync(CancellationToken cancellationToken)
    {
        var status = await StatusAsync(cancellationToken);
        if (!status.Initialized)
            throw new CommandFailedException($"There is no database cluster in {dataDirectory}. Create it with `gazetteer db up`.", ExitCodes.DatabaseUnavailable);
        if (status.Running)
        {
            await WaitUntilReadyAsync(status.Port!.Value, cancellationToken);
            return status.Port.Value;
        }

        if (IsPortTaken(port))
            throw new CommandFailedException(
                $"Port {port} on 127.0.0.1 is already in use by another program. Set {portSetting} to a free port (e.g. {portSetting}={port + 1}) and run again.",
                ExitCodes.Usage);

        var socketDirectory = SocketDirectory;
        if (socketDirectory != dataDirectory)
        {
            Directory.CreateDirectory(socketDirectory);
            await HandToPostgresAsync(socketDirectory, cancellationToken);
        }

        // The full-scale load (real import + sample) writes ~760 MB of WAL; at the default max_wal_size of
        // 1 GB a checkpoint starts after ~540 MB and ran in the middle of every load (~5 s of it). At 2 GB
        // the load fits between two checkpoints.
        var serverOptions = $"-p {port} -c listen_addresses=127.0.0.1 -k '{socketDirectory}' -c synchronous_commit=off -c max_wal_size=2GB";
        var result = await PostgresTools.RunAsync(
            "pg_ctl",
            ["-D", dataDirectory, "-l", LogFile, "-o", serverOptions, "-w", "-t", StartTimeoutSeconds.ToString(CultureInfo.InvariantCulture), "start"],
            cancellationToken);
        if (!result.Succeeded)
            throw StartFailure(result.Output);
        await WaitUntilReadyAsync(port, cancellationToken);
        return port;
    }

    /// <summary>Stops the cluster; false when it was not running.</summary>
    public async Task<bool> StopAsync(CancellationToken cancellationToken)
    {
        var status = await StatusAsync(cancellationToken);
        if (!status.Running)
            return false;
        var result = await PostgresTools.RunAsync(
            "pg_ctl", ["-D", dataDirectory, "-m", "fast", "-w", "-t", StartTimeoutSeconds.ToString(CultureInfo.InvariantCulture), "stop"], cancellationToken);
        if (!result.Succeeded)
            throw new CommandFailedException(
                $"pg_ctl could not stop the database in {dataDirectory}:{Environment.NewLine}{Tail(result.Output)}{Environment.NewLine}" +
                $"Look at {LogFile}; as a last resort stop the postgres process whose id is the first line of {Path.Combine(dataDirectory, "postmaster.pid")}.");
        return true;
    }

    /// <summary>
    /// pg_ctl may report a postmaster that was just killed as alive: ask the server itself
    /// until it accepts connections.
    /// </summary>
    private async Task WaitUntilReadyAsync(int listeningPort, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(StartTimeoutSeconds);
        var portText = listeningPort.ToString(CultureInfo.InvariantCulture);
        while (true)
        {
            var ready = await PostgresTools.RunAsync("pg_isready", ["-q", "-h", "127.0.0.1", "-p", portText], cancellationToken);
            if (ready.Succeeded)
                return;
            if (DateTime.UtcNow > deadline)
                throw StartFailure($"pg_isready got no answer on 127.0.0.1:{portText} within {StartTimeoutSeconds} s.");
            await Task.Delay(100, cancellationToken);
        }
    }

    private CommandFailedException StartFailure(string output) => new(
        $"PostgreSQL did not start in {dataDirectory}:{Environment.NewLine}{Tail(output)}{Environment.NewLine}" +
        $"Last lines of {LogFile}:{Environment.NewLine}{LogTail()}{Environment.NewLine}" +
        "Fix the cause shown above, then run `gazetteer db up` again.");

    private int? RunningPort()
    {
        // postmaster.pid: pid, data directory, start time, port, ...
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        try
        {
            var lines = File.ReadAllLines(pidFile);
            return lines.Length > 3 && int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private string LogTail()
    {
        try
        {
            return File.Exists(LogFile) ? Tail(File.ReadAllText(LogFile)) : "(no log file was written)";
        }
        catch (IOException e)
        {
            return $"(cannot read the log: {e.Message})";
        }
    }

    private static string Tail(string text, int lines = 15) =>
        string.Join(Environment.NewLine, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(lines).Select(l => "  " + l.TrimEnd()));

    private static bool IsPortTaken(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    private static async Task HandToPostgresAsync(string directory, CancellationToken cancellationToken)
    {
        if (!PostgresTools.RunsAsRoot)
            return;
        var result = await PostgresTools.RunProcessAsync("chown", ["postgres:postgres", directory], cancellationToken);
        if (!result.Succeeded)
            throw new CommandFailedException(
                $"Cannot hand {directory} to the postgres OS user: {result.Output}. Check that the user exists (it comes with the postgresql-15 package).",
                ExitCodes.MissingPrerequisite);
    }
}
