using CivilAffairs.Gazetteer.Cli.Cluster;
using CivilAffairs.Gazetteer.Data.Database;
using Npgsql;

namespace CivilAffairs.Gazetteer.Cli.Database;

/// <summary>
/// The database a command works on: the PostGIS that GAZETTEER_DB names when it is set,
/// otherwise the `gazetteer` database of the project-local cluster. Commands call
/// <c>await (await DatabaseTarget.ResolveAsync(ct)).OpenAsync(ct)</c> and get a data source that
/// has connected once, or a failure that says what to do.
/// </summary>
internal sealed class DatabaseTarget
{
    private DatabaseTarget(string connectionString, string description, bool isExternal)
    {
        ConnectionString = connectionString;
        Description = description;
        IsExternal = isExternal;
    }

    public string ConnectionString { get; }

    /// <summary>Host, port and database, without credentials: safe to print.</summary>
    public string Description { get; }

    /// <summary>True when GAZETTEER_DB names the database (no local cluster is involved).</summary>
    public bool IsExternal { get; }

    public static async Task<DatabaseTarget> ResolveAsync(CancellationToken cancellationToken)
    {
        var external = FromEnvironment();
        if (external is not null)
            return external;

        var cluster = await LocalCluster.OfRepositoryAsync(cancellationToken);
        var status = await cluster.StatusAsync(cancellationToken);
        var port = status.Port ?? cluster.Port;
        return new DatabaseTarget(LocalCluster.ApplicationConnectionString(port), $"the local database at 127.0.0.1:{port}/{LocalCluster.DatabaseName}", isExternal: false);
    }

    /// <summary>The target GAZETTEER_DB names, or null when it is not set.</summary>
    public static DatabaseTarget? FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(GazetteerDataSource.ConnectionStringVariable);
        if (string.IsNullOrWhiteSpace(value))
            return null;
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(value);
            _ = builder.Port;
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new CommandFailedException(
                $"{GazetteerDataSource.ConnectionStringVariable} is not a valid connection string ({e.Message}). " +
                $"Write it as Host=HOST;Port=5432;Username=USER;Password=...;Database=gazetteer, or unset it to use the local database.",
                ExitCodes.Usage,
                e);
        }
        if (string.IsNullOrWhiteSpace(builder.Host))
            throw new CommandFailedException(
                $"{GazetteerDataSource.ConnectionStringVariable} names no Host. Write it as Host=HOST;Port=5432;Username=USER;Database=gazetteer, or unset it to use the local database.",
                ExitCodes.Usage);
        return new DatabaseTarget(value, $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username ?? "postgres"} (from {GazetteerDataSource.ConnectionStringVariable})", isExternal: true);
    }

    /// <summary>A data source that has connected once; the caller disposes it.</summary>
    public async Task<NpgsqlDataSource> OpenAsync(CancellationToken cancellationToken)
    {
        var dataSource = GazetteerDataSource.Create(ConnectionString);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            return dataSource;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            await dataSource.DisposeAsync();
            throw Unavailable(e);
        }
    }

    private CommandFailedException Unavailable(Exception e)
    {
        var reason = e is PostgresException postgres ? postgres.MessageText
            : e.InnerException is { } inner ? $"{e.Message.TrimEnd('.')} ({inner.Message})"
            : e.Message;
        var sqlState = (e as PostgresException)?.SqlState;
        string advice = (sqlState, IsExternal) switch
        {
            ("3D000", false) => "The database has not been created yet: run `gazetteer db up`.",
            ("3D000", true) => $"Create that database on the server, or fix the Database in {GazetteerDataSource.ConnectionStringVariable}.",
            ("28P01" or "28000", _) => $"The server refused the credentials: fix Username/Password in {GazetteerDataSource.ConnectionStringVariable}.",
            (_, false) => "The local database is not running: start it with `gazetteer db up` (or ./run.sh).",
            (_, true) => $"Check that the server is running and reachable, and that {GazetteerDataSource.ConnectionStringVariable} is right (or unset it to use the local database).",
        };
        return new CommandFailedException($"Cannot connect to {Description}: {reason.TrimEnd('.')}. {advice}", ExitCodes.DatabaseUnavailable, e);
    }
}
