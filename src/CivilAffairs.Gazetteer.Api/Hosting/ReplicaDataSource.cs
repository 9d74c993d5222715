using CivilAffairs.Gazetteer.Data.Database;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Hosting;

/// <summary>
/// The read replica's data source when one is configured (null otherwise), so that /healthz can
/// report the replica apart from the primary. The container disposes it as the keyed reads source.
/// </summary>
internal sealed class ReplicaDataSource
{
    public ReplicaDataSource(IServiceProvider services)
    {
        var connectionString = DatabaseRegistration.Configured(
            services, DatabaseRegistration.ReplicaConnectionStringName, GazetteerDataSource.ReplicaConnectionStringVariable);
        DataSource = connectionString is null ? null : GazetteerDataSource.Create(ServiceSessions.Apply(ServiceTimeouts.Apply(connectionString)));
    }

    public NpgsqlDataSource? DataSource { get; }
}
