using System.Globalization;
using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Data.Places;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace CivilAffairs.Gazetteer.Data.Export;

/// <summary>
/// An OGC GeoPackage 1.3 (SQLite): the spatial reference systems, contents and geometry-columns
/// tables the standard requires, and one feature table, <c>place</c>, with the place's fields and its
/// geometry in GeoPackage binary. Rows are inserted as the places stream in, in one transaction.
/// </summary>
public sealed class GeoPackagePlaceExport : IPlaceExportFormat
{
    /// <summary>The feature table's name, also its identifier in gpkg_contents.</summary>
    public const string Table = "place";

    /// <summary>'GPKG' as a big-endian integer: how readers tell a GeoPackage from any SQLite file.</summary>
    public const int ApplicationId = 0x47504B47;

    /// <summary>GeoPackage 1.3.0, as the standard writes its version into user_version.</summary>
    public const int UserVersion = 10300;

    public string Name => "gpkg";

    public string Description => "OGC GeoPackage (SQLite) with a place feature table, for QGIS and ArcGIS";

    public async Task<long> WriteAsync(IAsyncEnumerable<PlaceRecord> places, string path, Crs crs, Action<long> written, CancellationToken cancellationToken)
    {
        if (File.Exists(path))
            File.Delete(path);
        try
        {
            return await WriteFileAsync(places, path, crs, written, cancellationToken);
        }
        catch
        {
            // A GeoPackage cut off half-way would still open as one, holding part of the selection: leave none.
            File.Delete(path);
            throw;
        }
    }

    private static async Task<long> WriteFileAsync(IAsyncEnumerable<PlaceRecord> places, string path, Crs crs, Action<long> written, CancellationToken cancellationToken)
    {
        // No pooling: the file is complete and closed when this returns, for whoever opens it next.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {UserVersion};", cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var srsId = await CreateTablesAsync(connection, crs, cancellationToken);

        await using var insert = connection.CreateCommand();
        var columns = PlaceColumns.Names;
        insert.CommandText =
            $"INSERT INTO {Table} (id, geom, {string.Join(", ", columns)}) VALUES ($id, $geom, {string.Join(", ", columns.Select(c => "$" + c))})";
        var id = insert.Parameters.Add("$id", SqliteType.Integer);
        var geometry = insert.Parameters.Add("$geom", SqliteType.Blob);
        var values = columns.Select(c => insert.Parameters.Add("$" + c, SqliteType.Text)).ToArray();
        insert.Prepare();

        var writer = new GeoPackageGeoWriter();
        var extent = new Envelope();
        long count = 0;
        await foreach (var place in places.WithCancellation(cancellationToken))
        {
            var shape = GeometryCrs.FromWgs84(place.Geometry!, crs);
            shape.SRID = srsId;
            extent.ExpandToInclude(shape.EnvelopeInternal);
            id.Value = place.Id;
            geometry.Value = writer.Write(shape);
            var i = 0;
            foreach (var (_, value) in PlaceColumns.Of(place))
                values[i++].Value = (object?)value ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync(cancellationToken);
            written(++count);
        }

        await using (var bounds = connection.CreateCommand())
        {
            bounds.CommandText = "UPDATE gpkg_contents SET min_x = $minX, min_y = $minY, max_x = $maxX, max_y = $maxY WHERE table_name = $table";
            bounds.Parameters.AddWithValue("$minX", extent.IsNull ? DBNull.Value : extent.MinX);
            bounds.Parameters.AddWithValue("$minY", extent.IsNull ? DBNull.Value : extent.MinY);
            bounds.Parameters.AddWithValue("$maxX", extent.IsNull ? DBNull.Value : extent.MaxX);
            bounds.Parameters.AddWithValue("$maxY", extent.IsNull ? DBNull.Value : extent.MaxY);
            bounds.Parameters.AddWithValue("$table", Table);
            await bounds.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>The tables of the GeoPackage core and the feature table; returns the srs_id the geometries carry.</summary>
    private static async Task<int> CreateTablesAsync(SqliteConnection connection, Crs crs, CancellationToken cancellationToken)
    {
        var srs = GeoPackageSpatialReference.For(crs);
        await ExecuteAsync(connection, """
            CREATE TABLE gpkg_spatial_ref_sys (
              srs_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL PRIMARY KEY,
              organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL,
              definition TEXT NOT NULL,
              description TEXT);
            CREATE TABLE gpkg_contents (
              table_name TEXT NOT NULL PRIMARY KEY,
              data_type TEXT NOT NULL,
              identifier TEXT UNIQUE,
              description TEXT DEFAULT '',
              last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
              srs_id INTEGER,
              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
            CREATE TABLE gpkg_geometry_columns (
              table_name TEXT NOT NULL,
              column_name TEXT NOT NULL,
              geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL,
              z TINYINT NOT NULL,
              m TINYINT NOT NULL,
              CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
              CONSTRAINT uk_gc_table_name UNIQUE (table_name),
              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
            INSERT INTO gpkg_spatial_ref_sys VALUES
              ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
              ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
            """, cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO gpkg_spatial_ref_sys VALUES ($name, $id, $organization, $organizationId, $definition, $description)";
            command.Parameters.AddWithValue("$name", srs.Name);
            command.Parameters.AddWithValue("$id", srs.Id);
            command.Parameters.AddWithValue("$organization", srs.Organization);
            command.Parameters.AddWithValue("$organizationId", srs.OrganizationId);
            command.Parameters.AddWithValue("$definition", srs.Definition);
            command.Parameters.AddWithValue("$description", srs.Description);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        var id = srs.Id.ToString(CultureInfo.InvariantCulture);
        await ExecuteAsync(connection, $"""
            CREATE TABLE {Table} (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              geom GEOMETRY NOT NULL,
              {string.Join(",\n  ", PlaceColumns.Names.Select(c => c + " TEXT"))});
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
              VALUES ('{Table}', 'features', 'Shanxi place names', 'Place names of the Shanxi gazetteer (provenance SAMPLE marks generated test data, not official names).', {id});
            INSERT INTO gpkg_geometry_columns VALUES ('{Table}', 'geom', 'GEOMETRY', {id}, 0, 0);
            """, cancellationToken);
        return srs.Id;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
