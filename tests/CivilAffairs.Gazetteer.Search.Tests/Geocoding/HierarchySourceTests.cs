using CivilAffairs.Gazetteer.Search.Geocoding;
using CivilAffairs.Gazetteer.Testing;
using Npgsql;

namespace CivilAffairs.Gazetteer.Search.Tests.Geocoding;

public sealed class HierarchySourceTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>
{
    [Fact]
    public async Task AReloadPicksUpADivisionAddedToTheTable()
    {
        var source = new HierarchySource(
            await HierarchyLoader.LoadAsync(database.DataSource, CancellationToken.None),
            ct => HierarchyLoader.LoadAsync(database.DataSource, ct));
        var geocoder = new Geocoder(source);
        const string address = "洪洞县大槐树镇槐荫新村";
        Assert.NotEqual("141024100299", geocoder.Geocode(address).Best?.Code);

        await using (var connection = await database.DataSource.OpenConnectionAsync())
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO division (code, level, name, parent_code, provenance) VALUES ('141024100299', 'village', '槐荫新村村委会', '141024100000', 'sample')", connection))
            await insert.ExecuteNonQueryAsync();
        await source.ReloadAsync(CancellationToken.None);

        var result = geocoder.Geocode(address);
        Assert.Equal(GeocodeStatus.Matched, result.Status);
        Assert.Equal("141024100299", result.Best!.Code);
    }

    [Fact]
    public async Task AHierarchyBuiltInMemoryCannotReloadAndSaysWhy()
    {
        var source = new HierarchySource(new AdministrativeHierarchy([], []));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => source.ReloadAsync(CancellationToken.None));

        Assert.Contains("no loader", error.Message);
    }
}
