using CivilAffairs.Gazetteer.Api.Tiles;
using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Api.Tests.Tiles;

/// <summary>
/// The tile-ready tables of migration 060 (tile_point, tile_boundary) follow every write to place,
/// poi, place_category and division in the same transaction, with the zooms the layers document.
/// </summary>
public sealed class TileTableTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>
{
    [Fact]
    public async Task TheDatabaseShowsEachLayerFromTheZoomTheLayersDocument()
    {
        var classes = new Dictionary<string, int>();
        await using (var command = database.DataSource.CreateCommand("SELECT census_class, min_zoom FROM tile_class_zoom"))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                classes[reader.GetString(0)] = reader.GetInt16(1);
        Assert.Equal(TileLayers.PlaceClassMinZoom.OrderBy(c => c.Key), classes.OrderBy(c => c.Key));

        Assert.Equal(TileLayers.MinZoom("county_labels"), await ScalarAsync<short>("SELECT min_zoom FROM tile_place_rule WHERE category = 'county'"));
        Assert.Equal(TileLayers.MinZoom("townships"), await ScalarAsync<short>("SELECT min_zoom FROM tile_place_rule WHERE category = 'township'"));
        Assert.Equal(TileLayers.MinZoom("villages"), await ScalarAsync<short>("SELECT min_zoom FROM tile_place_rule WHERE category = 'community'"));
        Assert.Equal(TileLayers.MinZoom("pois"), await ScalarAsync<short>("SELECT min_zoom FROM tile_point_of_poi LIMIT 1"));
    }

    [Fact]
    public async Task APlaceWrittenRecategorisedAndRetiredMovesInTheTileTable()
    {
        var id = await ScalarAsync<long>(
            """
            INSERT INTO place (name, romanized, category, provenance, geom, point)
            VALUES ('测试峰', 'Cèshì Fēng', 'peak', 'sample', ST_SetSRID(ST_MakePoint(112.5, 37.8), 4326), ST_SetSRID(ST_MakePoint(112.5, 37.8), 4326))
            RETURNING id
            """);
        Assert.Equal("places 10 Cèshì Fēng landform", await RowOfAsync(id, "places"));
        // The point is stored in Web Mercator where PostGIS puts it.
        Assert.True(await ScalarAsync<bool>($"SELECT ST_DWithin(geom, ST_Transform(ST_SetSRID(ST_MakePoint(112.5, 37.8), 4326), 3857), 0.01) FROM tile_point WHERE id = {id} AND layer = 'places'"));

        await ExecuteAsync($"UPDATE place SET category = 'natural_village', name = '测试村' WHERE id = {id}");
        Assert.Equal("places 13 Cèshì Fēng settlement", await RowOfAsync(id, "places"));
        Assert.Equal("测试村", await ScalarAsync<string>($"SELECT name FROM tile_point WHERE id = {id} AND layer = 'places'"));

        await ExecuteAsync($"UPDATE place SET status = 'retired' WHERE id = {id}");
        Assert.Null(await RowOfAsync(id, "places"));

        await ExecuteAsync($"UPDATE place SET status = 'current' WHERE id = {id}");
        await ExecuteAsync("UPDATE place_category SET census_class = 'landform' WHERE code = 'natural_village'");
        Assert.Equal("places 10 Cèshì Fēng landform", await RowOfAsync(id, "places"));
        await ExecuteAsync("UPDATE place_category SET census_class = 'settlement' WHERE code = 'natural_village'");
        Assert.Equal("places 13 Cèshì Fēng settlement", await RowOfAsync(id, "places"));

        await ExecuteAsync($"DELETE FROM place WHERE id = {id}");
        Assert.Null(await RowOfAsync(id, "places"));
    }

    [Fact]
    public async Task APointOfInterestLeavesTheTilesWhenRejected()
    {
        var id = await ScalarAsync<long>(
            """
            INSERT INTO poi (name, category, geom, state, collected_by, provenance)
            VALUES ('测试小卖部', 'shop', ST_SetSRID(ST_MakePoint(112.5, 37.8), 4326), 'pending', 'tile test', 'sample')
            RETURNING id
            """);
        Assert.Equal("pois 14", await RowOfAsync(id, "pois"));
        await ExecuteAsync($"UPDATE poi SET state = 'rejected' WHERE id = {id}");
        Assert.Null(await RowOfAsync(id, "pois"));
    }

    [Fact]
    public async Task ARedrawnCountyIsRedrawnAtEveryZoomAndAnEndedOneLeaves()
    {
        var id = await ScalarAsync<long>("SELECT id FROM division WHERE code = '141024000000' AND valid_to IS NULL");
        Assert.Equal(11, await ScalarAsync<long>($"SELECT count(*) FROM tile_boundary WHERE division_id = {id}"));

        // Shrink the county to its box's south-west quarter: every zoom's polygon follows.
        await ExecuteAsync(
            $"""
            UPDATE division SET boundary = ST_Multi(ST_Intersection(boundary, ST_MakeEnvelope(ST_XMin(boundary), ST_YMin(boundary),
                (ST_XMin(boundary) + ST_XMax(boundary)) / 2, (ST_YMin(boundary) + ST_YMax(boundary)) / 2, 4326)))
            WHERE id = {id}
            """);
        Assert.Equal(0, await ScalarAsync<long>(
            $"""
            SELECT count(*) FROM tile_boundary t JOIN division d ON d.id = t.division_id
            WHERE d.id = {id} AND NOT ST_Within(ST_Transform(t.geom, 4326), ST_Expand(d.boundary, 0.01))
            """));
        Assert.Equal(11, await ScalarAsync<long>($"SELECT count(*) FROM tile_boundary WHERE division_id = {id}"));

        await ExecuteAsync($"UPDATE division SET valid_to = DATE '2026-01-01' WHERE id = {id}");
        Assert.Equal(0, await ScalarAsync<long>($"SELECT count(*) FROM tile_boundary WHERE division_id = {id}"));
    }

    private async Task<string?> RowOfAsync(long id, string layer) =>
        await ScalarAsync<string?>($"SELECT concat_ws(' ', layer, min_zoom, pinyin, class) FROM tile_point WHERE id = {id} AND layer = '{layer}'");

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default! : (T)value;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
