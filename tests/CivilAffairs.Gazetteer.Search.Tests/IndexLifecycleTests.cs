using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CivilAffairs.Gazetteer.Search.Tests;

/// <summary>The index as a cache of PostGIS: reused, rebuilt when lost or damaged, and following change_log.</summary>
public sealed class IndexLifecycleTests(IndexedGazetteer gazetteer) : IClassFixture<IndexedGazetteer>
{
    [Fact]
    public async Task AnIndexBuiltFromThisDatabaseIsReusedOnTheNextStart()
    {
        var folder = NewFolder();
        using (var first = Open(folder)) await first.OpenAsync(CancellationToken.None);
        using var second = Open(folder);

        await second.OpenAsync(CancellationToken.None);

        Assert.Equal("reused", second.LastOpen);
        Assert.Equal(gazetteer.Index.Count, second.Count);
    }

    [Fact]
    public async Task DeletingTheIndexFolderCostsOnlyARebuild()
    {
        var folder = NewFolder();
        using (var first = Open(folder)) await first.OpenAsync(CancellationToken.None);
        Directory.Delete(folder, recursive: true);
        using var second = Open(folder);

        await second.OpenAsync(CancellationToken.None);

        Assert.StartsWith("rebuilt", second.LastOpen);
        Assert.Equal("洪洞县", new PlaceSearch(second).Search("hdx").Edges[0].Hit.Name);
    }

    [Fact]
    public async Task ACorruptedIndexIsRebuilt()
    {
        var folder = NewFolder();
        using (var first = Open(folder)) await first.OpenAsync(CancellationToken.None);
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
            await File.WriteAllBytesAsync(file, [1, 2, 3, 4, 5, 6, 7, 8]);
        using var second = Open(folder);

        await second.OpenAsync(CancellationToken.None);

        Assert.StartsWith("rebuilt: unreadable index", second.LastOpen);
        Assert.Equal("洪洞县", new PlaceSearch(second).Search("洪洞縣").Edges[0].Hit.Name);
    }

    [Fact]
    public async Task AnIndexOfAnotherDatabaseIsNotTrusted()
    {
        var folder = NewFolder();
        using (var first = Open(folder)) await first.OpenAsync(CancellationToken.None);
        await using var other = new Testing.GazetteerDatabase();
        await other.InitializeAsync();
        using var second = new PlaceIndex(new SearchOptions { IndexDirectory = folder }, other.DataSource);

        await second.OpenAsync(CancellationToken.None);

        Assert.Equal("rebuilt: built from another database", second.LastOpen);
        await other.DisposeAsync();
    }

    [Fact]
    public async Task TheHostedFollowerMakesANewNameSearchableWithinASecond()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Search:IndexDirectory"] = NewFolder(),
            ["Search:FollowInterval"] = "00:00:00.100",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(gazetteer.Database.DataSource).AddGazetteerSearch(configuration);
        await using var provider = services.BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted) await service.StartAsync(CancellationToken.None);
        var search = provider.GetRequiredService<PlaceSearch>();
        // The host's start does not wait for the index; searches are refused until it is open.
        await provider.GetRequiredService<PlaceIndex>().WhenReadyAsync(TimeSpan.FromMinutes(2));

        // Three names, one after another: the median lag is the follower's, not a scheduling hiccup
        // of a loaded machine. The names are made up: the real template holds 韩略村 and its like.
        var lags = new List<TimeSpan>();
        foreach (var name in new[] { "跟随甲村", "跟随乙村", "跟随丙村" })
        {
            Assert.Empty(search.Search(name).Edges);
            var watch = Stopwatch.StartNew();
            await InsertPlaceWithChangeLog(name);
            while (search.Search(name).Edges.Count == 0 && watch.Elapsed < TimeSpan.FromSeconds(5))
                await Task.Delay(10);
            lags.Add(watch.Elapsed);
            Assert.Equal(name, search.Search(name).Edges[0].Hit.Name);
        }

        foreach (var service in hosted) await service.StopAsync(CancellationToken.None);
        var median = lags.Order().ElementAt(1);
        Assert.True(median < TimeSpan.FromSeconds(1), $"searchable after {string.Join(", ", lags.Select(l => $"{l.TotalMilliseconds:F0} ms"))}");
    }

    [Fact]
    public async Task AFormerNameAddedLaterIsFollowed()
    {
        using var index = Open(NewFolder());
        await index.OpenAsync(CancellationToken.None);
        await using (var connection = await gazetteer.Database.DataSource.OpenConnectionAsync())
        await using (var command = new NpgsqlCommand(
            """
            WITH f AS (INSERT INTO place_former_name (place_id, name, from_year, to_year)
                       SELECT id, '洪洞府', 1300, 1400 FROM place WHERE name = '洪洞县' RETURNING id)
            INSERT INTO change_log (entity, entity_id, op, actor) SELECT 'place_former_name', id::text, 'insert', 'test' FROM f
            """, connection))
            await command.ExecuteNonQueryAsync();

        await index.FollowAsync(CancellationToken.None);

        var hit = new PlaceSearch(index).Search("洪洞府").Edges[0].Hit;
        Assert.Equal(("洪洞县", MatchKind.FormerName), (hit.Name, hit.Matched));
    }

    private async Task InsertPlaceWithChangeLog(string name)
    {
        await using var connection = await gazetteer.Database.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            """
            WITH p AS (
                INSERT INTO place (name, category, division_code, geom, point, status, provenance)
                VALUES ($1, 'natural_village', '141024100000', ST_SetSRID(ST_MakePoint(111.6, 36.3), 4326),
                        ST_SetSRID(ST_MakePoint(111.6, 36.3), 4326), 'current', 'sample')
                RETURNING id)
            INSERT INTO change_log (entity, entity_id, op, actor) SELECT 'place', id::text, 'insert', 'test' FROM p
            """, connection);
        command.Parameters.AddWithValue(name);
        await command.ExecuteNonQueryAsync();
    }

    private PlaceIndex Open(string folder) => new(new SearchOptions { IndexDirectory = folder }, gazetteer.Database.DataSource);

    private string NewFolder() => Path.Combine(gazetteer.IndexFolder, "extra-" + Guid.NewGuid().ToString("N")[..8]);
}
