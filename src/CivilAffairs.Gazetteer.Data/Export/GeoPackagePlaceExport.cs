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
/// geometry in GeoPackage binary, indexed by the standard's R-tree extension (gpkg_rtree_index) so a
/// GIS draws a county of 390,000 places without reading them all. Rows are inserted as the places
/// stream in, in one transaction.
/// </summary>
public sealed class GeoPackagePlaceExport : IPlaceExportFormat
{
    /// <summary>The feature table's name, also its identifier in gpkg_contents.</summary>
    public const string Table = "place";

    /// <summary>'GPKG' as a big-endian integer: how readers tell a GeoPackage from any SQLite file.</summary>
    public const int ApplicationId = 0x47504B47;

    /// <summary>GeoPackage 1.3.0, as the standard writes its version into user_version.</summary>
    public const int UserVersion = 10300;

    /// <summary>The R-tree of the feature table's geometry column, named as the extension requires.</summary>
    public const string SpatialIndex = "rtree_" + Table + "_geom";

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
        await using var index = connection.CreateCommand();
        index.CommandText = $"INSERT INTO {SpatialIndex} VALUES ($id, $minX, $maxX, $minY, $maxY)";
        var indexId = index.Parameters.Add("$id", SqliteType.Integer);
        var bounds = new[] { "$minX", "$maxX", "$minY", "$maxY" }.Select(n => index.Parameters.Add(n, SqliteType.Real)).ToArray();
        index.Prepare();

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
            if (!shape.IsEmpty)
            {
                var envelope = shape.EnvelopeInternal;
                indexId.Value = place.Id;
                (bounds[0].Value, bounds[1].Value, bounds[2].Value, bounds[3].Value) = (envelope.MinX, envelope.MaxX, envelope.MinY, envelope.MaxY);
                await index.ExecuteNonQueryAsync(cancellationToken);
            }
            written(++count);
        }

        await using (var contents = connection.CreateCommand())
        {
            contents.CommandText = "UPDATE gpkg_contents SET min_x = $minX, min_y = $minY, max_x = $maxX, max_y = $maxY WHERE table_name = $table";
            contents.Parameters.AddWithValue("$minX", extent.IsNull ? DBNull.Value : extent.MinX);
            contents.Parameters.AddWithValue("$minY", extent.IsNull ? DBNull.Value : extent.MinY);
            contents.Parameters.AddWithValue("$maxX", extent.IsNull ? DBNull.Value : extent.MaxX);
            contents.Parameters.AddWithValue("$maxY", extent.IsNull ? DBNull.Value : extent.MaxY);
            contents.Parameters.AddWithValue("$table", Table);
            await contents.ExecuteNonQueryAsync(cancellationToken);
        }
        // The extension's triggers keep the R-tree in step with later edits in a GIS (which provides the
        // ST_ functions they call); they are created after the rows, which were indexed above.
        await ExecuteAsync(connection, SpatialIndexTriggers, cancellationToken);
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
            CREATE TABLE gpkg_extensions (
              table_name TEXT,
              column_name TEXT,
              extension_name TEXT NOT NULL,
              definition TEXT NOT NULL,
              scope TEXT NOT NULL,
              CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
            INSERT INTO gpkg_extensions VALUES ('{Table}', 'geom', 'gpkg_rtree_index', 'http://www.geopackage.org/spec/#extension_rtree', 'write-only');
            CREATE VIRTUAL TABLE {SpatialIndex} USING rtree(id, minx, maxx, miny, maxy);
            """, cancellationToken);
        return srs.Id;
    }

    /// <summary>The triggers the R-tree extension defines for the feature table (GeoPackage 1.3, annex F.3).</summary>
    private const string SpatialIndexTriggers = $"""
        CREATE TRIGGER {SpatialIndex}_insert AFTER INSERT ON {Table}
          WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN
          INSERT OR REPLACE INTO {SpatialIndex} VALUES (NEW.id, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
        END;
        CREATE TRIGGER {SpatialIndex}_update1 AFTER UPDATE OF geom ON {Table}
          WHEN OLD.id = NEW.id AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN
          INSERT OR REPLACE INTO {SpatialIndex} VALUES (NEW.id, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
        END;
        CREATE TRIGGER {SpatialIndex}_update2 AFTER UPDATE OF geom ON {Table}
          WHEN OLD.id = NEW.id AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
        BEGIN
          DELETE FROM {SpatialIndex} WHERE id = OLD.id;
        END;
        CREATE TRIGGER {SpatialIndex}_update3 AFTER UPDATE ON {Table}
          WHEN OLD.id != NEW.id AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom))
        BEGIN
          DELETE FROM {SpatialIndex} WHERE id = OLD.id;
          INSERT OR REPLACE INTO {SpatialIndex} VALUES (NEW.id, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom));
        END;
        CREATE TRIGGER {SpatialIndex}_update4 AFTER UPDATE ON {Table}
          WHEN OLD.id != NEW.id AND (NEW.geom ISNULL OR ST_IsEmpty(NEW.geom))
        BEGIN
          DELETE FROM {SpatialIndex} WHERE id IN (OLD.id, NEW.id);
        END;
        CREATE TRIGGER {SpatialIndex}_delete AFTER DELETE ON {Table}
          WHEN old.geom NOT NULL
        BEGIN
          DELETE FROM {SpatialIndex} WHERE id = OLD.id;
        END;
        """;

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
