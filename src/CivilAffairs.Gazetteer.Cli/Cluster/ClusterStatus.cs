namespace CivilAffairs.Gazetteer.Cli.Cluster;

/// <summary>Whether the local cluster exists and runs, and on which port when it does.</summary>
internal sealed record ClusterStatus(bool Initialized, bool Running, int? Port);
