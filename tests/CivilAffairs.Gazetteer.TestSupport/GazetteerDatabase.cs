using CivilAffairs.Gazetteer.Data.Database;
using Npgsql;

namespace CivilAffairs.Gazetteer.Testing;

/// <summary>
/// A database of its own for one test class (use as IClassFixture), copied from the template:
/// the migrated schema with the real data and the test-scale sample. Dropped afterwards.
/// </summary>
public class GazetteerDatabase : IAsyncLifetime
{
    private readonly SeedContent content;
    private NpgsqlDataSource? dataSource;

    public GazetteerDatabase()
        : this(SeedContent.RealDataAndSample)
    {
    }

    protected GazetteerDatabase(SeedContent content) => this.content = content;

    public string Name { get; } = "gzt_" + Guid.NewGuid().ToString("N")[..12];

    public string ConnectionString => TestServer.ConnectionStringFor(Name);

    public NpgsqlDataSource DataSource => dataSource ?? throw new InvalidOperationException("The database is not created yet.");

    public async Task InitializeAsync()
    {
        var template = await TemplateDatabase.EnsureAsync(content, CancellationToken.None);
        await using var admin = new NpgsqlConnection(TestServer.AdminConnectionString().ConnectionString);
        await admin.OpenAsync();
        await TemplateDatabase.Execute(admin, $"CREATE DATABASE {Name} TEMPLATE {template}", CancellationToken.None);
        dataSource = GazetteerDataSource.Create(ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (dataSource is not null)
            await dataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestServer.AdminConnectionString().ConnectionString);
        await admin.OpenAsync();
        await TemplateDatabase.Execute(admin, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", CancellationToken.None);
    }
}
