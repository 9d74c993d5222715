using CivilAffairs.Gazetteer.Data.Sample;
using CivilAffairs.Gazetteer.Testing;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Tests.Sample;

/// <summary>
/// A test database with the real divisions (bootstrapped when the template does not hold them)
/// and the test-scale sample generated with <see cref="Seed"/>.
/// </summary>
public sealed class SampledDatabase : IAsyncLifetime
{
    public const int Seed = 20231;

    private readonly GazetteerDatabase database = new();

    public NpgsqlDataSource DataSource => database.DataSource;

    public SampleReport Report { get; private set; } = null!;

    public TimeSpan Elapsed { get; private set; }

    /// <summary>The processor time this process spent on the sample: what the code costs, whatever else the machine runs.</summary>
    public TimeSpan ProcessorTime { get; private set; }

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await DivisionBootstrap.EnsureAsync(DataSource, RepositoryPaths.DataDirectory(), CancellationToken.None);
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var processor = process.TotalProcessorTime;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Report = await new SampleGenerator(DataSource, RepositoryPaths.DataDirectory()).GenerateAsync(SampleScale.Test, Seed);
        Elapsed = clock.Elapsed;
        process.Refresh();
        ProcessorTime = process.TotalProcessorTime - processor;
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
