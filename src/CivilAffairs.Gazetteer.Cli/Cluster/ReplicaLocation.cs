using System.Globalization;

namespace CivilAffairs.Gazetteer.Cli.Cluster;

/// <summary>
/// Where the local cluster's read replica lives: beside the primary's data folder (pg-replica), on
/// GAZETTEER_DB_REPLICA_PORT or else the primary's port + 10.
/// </summary>
internal static class ReplicaLocation
{
    public const string PortVariable = "GAZETTEER_DB_REPLICA_PORT";
    public const int PortOffset = 10;

    public static LocalCluster Of(LocalCluster primary) =>
        new(Path.Combine(Path.GetDirectoryName(primary.DataDirectory)!, "pg-replica"), Port(primary.Port), PortVariable);

    private static int Port(int primaryPort)
    {
        var value = Environment.GetEnvironmentVariable(PortVariable);
        if (string.IsNullOrWhiteSpace(value))
            return primaryPort + PortOffset;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 1024 and <= 65535 && parsed != primaryPort
            ? parsed
            : throw new CommandFailedException(
                $"{PortVariable}='{value}' is not a usable port for the replica: give a number from 1024 to 65535 other than the primary's {primaryPort}.", ExitCodes.Usage);
    }
}
