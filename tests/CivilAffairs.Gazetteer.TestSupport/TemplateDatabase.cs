using System.Security.Cryptography;
using System.Text;
using CivilAffairs.Gazetteer.Data.Database;
using Npgsql;

namespace CivilAffairs.Gazetteer.Testing;

/// <summary>
/// One database per <see cref="SeedContent"/> holding the migrated schema and the test seed,
/// built once per version of the code and copied (CREATE DATABASE ... TEMPLATE) for each test
/// class. Building it goes through the same migrator and importers that users run.
/// </summary>
internal static class TemplateDatabase
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<SeedContent, string> Built = [];

    public static async Task<string> EnsureAsync(SeedContent content, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (!Built.TryGetValue(content, out var name))
                Built[content] = name = await BuildAsync(content, cancellationToken);
            return name;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The template's name: gzt_template_ for the default content, gzt_template_real_ for the real data alone.</summary>
    private static string NameOf(SeedContent content) =>
        (content == SeedContent.RealData ? "gzt_template_real_" : "gzt_template_") + Fingerprint();

    private static async Task<string> BuildAsync(SeedContent content, CancellationToken cancellationToken)
    {
        var name = NameOf(content);
        var admin = TestServer.AdminConnectionString().ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync(cancellationToken);
        // Test assemblies run in parallel processes: one builds, the others wait for it.
        await Execute(connection, "SELECT pg_advisory_lock(72260015)", cancellationToken);
        try
        {
            if (await Exists(connection, name, cancellationToken))
                return name;

            var building = name + "_building";
            await Execute(connection, $"DROP DATABASE IF EXISTS {building} WITH (FORCE)", cancellationToken);
            await Execute(connection, $"CREATE DATABASE {building}", cancellationToken);
            await using (var dataSource = GazetteerDataSource.Create(TestServer.ConnectionStringFor(building)))
            {
                await new Migrator(dataSource).MigrateAsync(cancellationToken);
                await TestSeed.ApplyAsync(dataSource, content, cancellationToken);
            }
            NpgsqlConnection.ClearAllPools();
            await Execute(connection, $"ALTER DATABASE {building} RENAME TO {name}", cancellationToken);
            await DropStaleTemplates(connection, cancellationToken);
            return name;
        }
        finally
        {
            await Execute(connection, "SELECT pg_advisory_unlock(72260015)", CancellationToken.None);
        }
    }

    /// <summary>Changes with the migrations and with the code that seeds the template.</summary>
    private static string Fingerprint()
    {
        var text = new StringBuilder();
        foreach (var migration in Migrator.All)
            text.Append(migration.Name).Append(migration.Checksum);
        text.Append(typeof(TestSeed).Assembly.ManifestModule.ModuleVersionId);
        text.Append(typeof(Migrator).Assembly.ManifestModule.ModuleVersionId);
        text.Append(typeof(Divisions.DivisionCode).Assembly.ManifestModule.ModuleVersionId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    /// <summary>Templates of other code versions; those of this version (either content) may be in use.</summary>
    private static async Task DropStaleTemplates(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var stale = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT datname FROM pg_database WHERE datname LIKE 'gzt\\_template\\_%' AND datname <> ALL($1)", connection))
        {
            list.Parameters.AddWithValue(Enum.GetValues<SeedContent>().Select(NameOf).ToArray());
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                stale.Add(reader.GetString(0));
        }
        foreach (var db in stale)
            await Execute(connection, $"DROP DATABASE IF EXISTS {db} WITH (FORCE)", cancellationToken);
    }

    private static async Task<bool> Exists(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        command.Parameters.AddWithValue(name);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    internal static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
