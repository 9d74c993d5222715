using System.Diagnostics;

namespace CivilAffairs.Gazetteer.Cli.Cluster;

/// <summary>
/// Runs the PostgreSQL 15 programs (initdb, pg_ctl, pg_isready). initdb and postgres refuse to
/// run as root, so as root every program runs as the `postgres` OS user through runuser.
/// </summary>
internal static class PostgresTools
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";
    private const string PostgisControlFile = "/usr/share/postgresql/15/extension/postgis.control";
    private const string InstallHint =
        "Install them from Debian: apt-get install postgresql-15 postgresql-15-postgis-3 " +
        "(./run.sh and ./test.sh do this when run as root), or set GAZETTEER_DB to an existing PostGIS.";

    public static bool RunsAsRoot => Environment.IsPrivilegedProcess;

    // root's PATH may lack /usr/sbin (e.g. `su` without a login shell).
    private static string RunUser => File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" : "runuser";

    public static void EnsureInstalled()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")))
            throw new CommandFailedException($"PostgreSQL 15 is not installed ({BinDirectory}/initdb is missing). {InstallHint}", ExitCodes.MissingPrerequisite);
        if (!File.Exists(PostgisControlFile))
            throw new CommandFailedException($"PostGIS 3 for PostgreSQL 15 is not installed ({PostgisControlFile} is missing). {InstallHint}", ExitCodes.MissingPrerequisite);
    }

    /// <summary>Runs a program from the PostgreSQL bin folder as the database's OS user.</summary>
    public static Task<ToolResult> RunAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunAsPostgresAsync(Path.Combine(BinDirectory, tool), arguments, cancellationToken);

    /// <summary>Runs any program as the database's OS user (itself, unless we are root).</summary>
    public static Task<ToolResult> RunAsPostgresAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunsAsRoot
            ? RunProcessAsync(RunUser, ["-u", "postgres", "--", program, .. arguments], cancellationToken)
            : RunProcessAsync(program, arguments, cancellationToken);

    public static async Task<ToolResult> RunProcessAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            // The postgres user cannot enter a 0700 home: start it somewhere it may read.
            WorkingDirectory = "/",
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new CommandFailedException($"Cannot run {program}: {e.Message}. {InstallHint}", ExitCodes.MissingPrerequisite, e);
        }
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new ToolResult(process.ExitCode, ((await output) + (await error)).Trim());
    }
}
