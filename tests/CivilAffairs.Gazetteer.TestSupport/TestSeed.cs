using CivilAffairs.Gazetteer.Data;
using CivilAffairs.Gazetteer.Data.Import;
using CivilAffairs.Gazetteer.Data.Sample;
using Npgsql;

namespace CivilAffairs.Gazetteer.Testing;

/// <summary>
/// What the template databases hold besides the schema, loaded by the same importers users run:
/// the real Shanxi data, then (for <see cref="GazetteerDatabase"/>) the test-scale sample with
/// <see cref="SampleSeed"/>.
/// </summary>
public static class TestSeed
{
    /// <summary>The seed of the template's sample: every test class sees the same generated rows.</summary>
    public const int SampleSeed = 20231;

    public static async Task ApplyAsync(NpgsqlDataSource dataSource, SeedContent content, CancellationToken cancellationToken)
    {
        await new RealDataImporter(dataSource, RepositoryPaths.DataDirectory()).ImportAsync(cancellationToken: cancellationToken);
        if (content == SeedContent.RealDataAndSample)
            await new SampleGenerator(dataSource, RepositoryPaths.DataDirectory()).GenerateAsync(SampleScale.Test, SampleSeed, cancellationToken);
    }
}
