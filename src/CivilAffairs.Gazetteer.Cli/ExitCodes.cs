namespace CivilAffairs.Gazetteer.Cli;

/// <summary>What `gazetteer` returns, so scripts can tell a typo from a stopped database.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The work itself failed (a migration, an import, the database would not start).</summary>
    public const int Failed = 1;

    /// <summary>Unknown command, bad option, or a setting that cannot be used (connection string, port).</summary>
    public const int Usage = 2;

    /// <summary>The database is not running or cannot be reached.</summary>
    public const int DatabaseUnavailable = 3;

    /// <summary>PostgreSQL 15 or PostGIS 3 is not installed.</summary>
    public const int MissingPrerequisite = 4;
}
