namespace CivilAffairs.Gazetteer.Cli.Cluster;

/// <summary>How a PostgreSQL program ended: its exit code and what it printed (both streams).</summary>
internal sealed record ToolResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}
