using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Database;

/// <summary>
/// Applies the plain SQL files of schema/sql (embedded in this assembly) in order, each in
/// its own transaction, and records them in schema_migration so a rerun applies only new ones.
/// A file that changed after it was applied is refused: migrations are append-only.
/// </summary>
public sealed class Migrator(NpgsqlDataSource dataSource)
{
    public sealed record Migration(string Name, string Sql)
    {
        public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));
    }

    public static IReadOnlyList<Migration> All { get; } = Load();

    /// <summary>Applies what is missing; returns the names applied now.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var create = new NpgsqlCommand(
            """
            CREATE TABLE IF NOT EXISTS schema_migration (
                name text PRIMARY KEY,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now())
            """, connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var applied = new List<string>();
        foreach (var migration in All)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // One migrator at a time: two processes starting together must not both apply a file.
            await using (var @lock = new NpgsqlCommand("SELECT pg_advisory_xact_lock(72260014)", connection, transaction))
                await @lock.ExecuteNonQueryAsync(cancellationToken);

            await using var check = new NpgsqlCommand("SELECT checksum FROM schema_migration WHERE name = $1", connection, transaction);
            check.Parameters.AddWithValue(migration.Name);
            var existing = (string?)await check.ExecuteScalarAsync(cancellationToken);
            if (existing is not null)
            {
                if (existing != migration.Checksum)
                    throw new InvalidOperationException(
                        $"Migration {migration.Name} changed after it was applied. Migrations are append-only: put the change in a new file under schema/sql.");
                continue;
            }

            await using (var run = new NpgsqlCommand(migration.Sql, connection, transaction))
                await run.ExecuteNonQueryAsync(cancellationToken);
            await using (var record = new NpgsqlCommand("INSERT INTO schema_migration (name, checksum) VALUES ($1, $2)", connection, transaction))
            {
                record.Parameters.AddWithValue(migration.Name);
                record.Parameters.AddWithValue(migration.Checksum);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            applied.Add(migration.Name);
        }

        // Extensions created by a migration bring new types (geometry): let Npgsql learn them.
        if (applied.Count > 0)
            await connection.ReloadTypesAsync(cancellationToken);
        return applied;
    }

    private static IReadOnlyList<Migration> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("schema/sql/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                return new Migration(Path.GetFileName(n), reader.ReadToEnd());
            })
            .ToList();
    }
}
