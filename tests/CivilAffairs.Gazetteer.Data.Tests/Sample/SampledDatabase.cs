using CivilAffairs.Gazetteer.Data.Import;
using CivilAffairs.Gazetteer.Data.Sample;
using CivilAffairs.Gazetteer.Testing;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Tests.Sample;

/// <summary>
/// A test database with the real import (skipped when the template holds it already)
/// and the test-scale sample generated with <see cref="Seed"/>.
/// </summary>
public sealed class SampledDatabase : IAsyncLifetime
{
    public const int Seed = 20231;

    private readonly RealDataDatabase database = new();

    public NpgsqlDataSource DataSource => database.DataSource;

    public SampleReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await new RealDataImporter(DataSource, RepositoryPaths.DataDirectory()).ImportAsync();
        Report = await new SampleGenerator(DataSource, RepositoryPaths.DataDirectory()).GenerateAsync(SampleScale.Test, Seed);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task<List<T>> ListAsync<T>(string sql)
    {
        var list = new List<T>();
        await using var command = DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            list.Add(reader.GetFieldValue<T>(0));
        return list;
    }
}
