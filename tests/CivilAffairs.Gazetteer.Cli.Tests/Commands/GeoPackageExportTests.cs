using CivilAffairs.Gazetteer.Data.Export;
using CivilAffairs.Gazetteer.Data.Places;
using CivilAffairs.Gazetteer.Testing;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace CivilAffairs.Gazetteer.Cli.Tests.Commands;

/// <summary>
/// <c>gazetteer export --format gpkg</c>: the file is an OGC GeoPackage a GIS opens (the required
/// tables, application id, version), holding exactly the places the filter selects, with the
/// geometries PostGIS holds.
/// </summary>
public sealed class GeoPackageExportTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gazetteer-gpkg-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task AFilteredExportIsAGeoPackageOfExactlyThePlacesTheFilterSelects()
    {
        var path = Path.Combine(folder, "hongtong.gpkg");

        var result = await Run("export", "--format", "gpkg", "-o", path, "--division", "141024", "--status", "current");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        // The count the places query answers as totalCount for the same filter.
        var expected = await new PlaceQueries(database.DataSource).CountAsync(
            PlaceFilter.From(new PlaceFilterInput { DivisionCode = "141024", Statuses = [PlaceStatus.Current] }), CancellationToken.None);
        Assert.True(expected > 10, $"the template should hold more than a handful of current places in 141024, not {expected}");
        await using var gpkg = Open(path);
        Assert.Equal(GeoPackagePlaceExport.ApplicationId, await ScalarAsync<long>(gpkg, "PRAGMA application_id"));
        Assert.Equal(GeoPackagePlaceExport.UserVersion, await ScalarAsync<long>(gpkg, "PRAGMA user_version"));
        Assert.Equal("ok", await ScalarAsync<string>(gpkg, "PRAGMA integrity_check"));
        Assert.Equal(0, await ScalarAsync<long>(gpkg, "SELECT count(*) FROM pragma_foreign_key_check"));
        Assert.Equal("EPSG", await ScalarAsync<string>(gpkg, "SELECT organization FROM gpkg_spatial_ref_sys WHERE srs_id = 4326"));
        Assert.Equal(4326, await ScalarAsync<long>(gpkg, "SELECT organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = 4326"));
        Assert.Equal(3, await ScalarAsync<long>(gpkg, "SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id IN (-1, 0, 4326)"));
        Assert.Equal("features", await ScalarAsync<string>(gpkg, "SELECT data_type FROM gpkg_contents WHERE table_name = 'place' AND srs_id = 4326"));
        Assert.Equal("geom", await ScalarAsync<string>(gpkg, "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = 'place' AND srs_id = 4326"));
        Assert.Equal(expected, await ScalarAsync<long>(gpkg, "SELECT count(*) FROM place"));
        Assert.Equal(expected, await ScalarAsync<long>(gpkg, "SELECT count(*) FROM place WHERE division_code LIKE '141024%' AND status = 'CURRENT'"));
        Assert.Equal(1, await ScalarAsync<long>(gpkg, "SELECT count(*) FROM place WHERE name = '洪洞县' AND romanized IS NOT NULL AND category IS NOT NULL AND code IS NOT NULL"));
        // Generated rows say so in the file itself.
        Assert.Equal(
            await ScalarAsync<long>(database.DataSource, "SELECT count(*) FROM place WHERE division_code LIKE '141024%' AND status = 'current' AND provenance = 'sample'"),
            await ScalarAsync<long>(gpkg, "SELECT count(*) FROM place WHERE provenance = 'SAMPLE'"));
        // The contents' extent covers every geometry.
        var maxX = await ScalarAsync<double>(gpkg, "SELECT max_x FROM gpkg_contents WHERE table_name = 'place'");
        Assert.Equal(await ScalarAsync<double>(database.DataSource, "SELECT max(ST_XMax(geom)) FROM place WHERE division_code LIKE '141024%' AND status = 'current'"), maxX, 9);
        Assert.Contains($"{expected:N0} places written", result.Output, StringComparison.Ordinal);

        var reader = new GeoPackageGeoReader { HandleSRID = true };
        await using var rows = gpkg.CreateCommand();
        rows.CommandText = "SELECT id, geom FROM place ORDER BY random() LIMIT 5";
        await using var row = await rows.ExecuteReaderAsync();
        var checkedRows = 0;
        while (await row.ReadAsync())
        {
            var blob = (byte[])row.GetValue(1);
            var geometry = reader.Read(blob);
            var held = await GeometryInPostGisAsync(row.GetInt64(0));
            Assert.Equal(4326, SrsIdInHeader(blob));
            Assert.Equal(4326, geometry.SRID);
            Assert.True(held.EqualsExact(geometry), $"place {row.GetInt64(0)}: {geometry.AsText()} in the file, {held.AsText()} in PostGIS");
            checkedRows++;
        }
        Assert.Equal(5, checkedRows);
    }

    [Fact]
    public async Task TheSpatialIndexIsTheStandardsRTreeAndAWindowOnItFindsWhatPostGisFinds()
    {
        var path = Path.Combine(folder, "indexed.gpkg");

        var result = await Run("export", "--format", "gpkg", "-o", path, "--division", "1410");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        await using var gpkg = Open(path);
        Assert.Equal(1, await ScalarAsync<long>(gpkg,
            $"SELECT count(*) FROM gpkg_extensions WHERE table_name = 'place' AND column_name = 'geom' AND extension_name = 'gpkg_rtree_index' AND scope = 'write-only'"));
        Assert.Equal(6, await ScalarAsync<long>(gpkg, $"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '{GeoPackagePlaceExport.SpatialIndex}_%'"));
        // Every row is in the R-tree, its box the geometry's envelope (an R-tree rounds outwards to 32-bit floats).
        Assert.Equal(await ScalarAsync<long>(gpkg, "SELECT count(*) FROM place"), await ScalarAsync<long>(gpkg, $"SELECT count(*) FROM {GeoPackagePlaceExport.SpatialIndex}"));
        Assert.Equal(0, await ScalarAsync<long>(gpkg, $"SELECT count(*) FROM place p LEFT JOIN {GeoPackagePlaceExport.SpatialIndex} r ON r.id = p.id WHERE r.id IS NULL"));

        // A window over 洪洞 on the R-tree, as a GIS asks it, against PostGIS's own answer for the same box.
        const double minX = 111.5, minY = 36.2, maxX = 111.8, maxY = 36.4;
        var inWindow = await ScalarAsync<long>(gpkg,
            $"SELECT count(*) FROM {GeoPackagePlaceExport.SpatialIndex} WHERE maxx >= {minX} AND minx <= {maxX} AND maxy >= {minY} AND miny <= {maxY}");
        var inPostGis = await ScalarAsync<long>(database.DataSource,
            $"SELECT count(*) FROM place WHERE division_code LIKE '1410%' AND geom && ST_MakeEnvelope({minX}, {minY}, {maxX}, {maxY}, 4326)");
        Assert.True(inPostGis > 10, $"the template should hold more than a handful of places in the window, not {inPostGis}");
        Assert.Equal(inPostGis, inWindow);
    }

    [Fact]
    public async Task OffsetCoordinatesAreNotPassedOffAsEpsg4326()
    {
        var path = Path.Combine(folder, "gcj.gpkg");

        var result = await Run("export", "--format", "gpkg", "-o", path, "--division", "141024", "--crs", "gcj02");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        await using var gpkg = Open(path);
        var srsId = await ScalarAsync<long>(gpkg, "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'place'");
        Assert.NotEqual(4326, srsId);
        Assert.Equal("NONE", await ScalarAsync<string>(gpkg, $"SELECT organization FROM gpkg_spatial_ref_sys WHERE srs_id = {srsId}"));
        await using var rows = gpkg.CreateCommand();
        rows.CommandText = "SELECT id, geom FROM place WHERE name = '洪洞县'";
        await using var row = await rows.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        var offset = new GeoPackageGeoReader().Read((byte[])row.GetValue(1));
        var wgs84 = await GeometryInPostGisAsync(row.GetInt64(0));
        // GCJ-02 moves points in Shanxi by a few hundred metres: the file holds the moved ones.
        Assert.InRange(offset.Centroid.Distance(wgs84.Centroid), 0.0005, 0.02);
    }

    /// <summary>The srs_id of a GeoPackage binary geometry's header: "GP", version, flags (bit 0: little-endian), then the id.</summary>
    private static int SrsIdInHeader(byte[] blob)
    {
        Assert.Equal((byte)'G', blob[0]);
        Assert.Equal((byte)'P', blob[1]);
        var id = blob.AsSpan(4, 4);
        return (blob[3] & 1) == 1 ? System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(id) : System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(id);
    }

    private async Task<Geometry> GeometryInPostGisAsync(long id)
    {
        await using var command = database.DataSource.CreateCommand("SELECT geom FROM place WHERE id = $1");
        command.Parameters.AddWithValue(id);
        return (Geometry)(await command.ExecuteScalarAsync())!;
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static async Task<T> ScalarAsync<T>(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<T> ScalarAsync<T>(Npgsql.NpgsqlDataSource dataSource, string sql)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await ScalarAsync<T>(connection, sql);
    }

    private Task<ProcessResult> Run(params string[] args) =>
        GazetteerProcess.RunAsync(new Dictionary<string, string> { ["GAZETTEER_DB"] = database.ConnectionString }, args);
}
