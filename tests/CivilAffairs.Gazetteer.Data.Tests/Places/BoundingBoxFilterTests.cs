using System.Globalization;
using CivilAffairs.Gazetteer.Data.Places;
using CivilAffairs.Gazetteer.Testing;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Tests.Places;

/// <summary>
/// The bbox filter decides from each geometry's stored extent and its small pieces (migrations 081,
/// 082) what ST_Intersects decides from the whole geometry: checked shape by shape against PostGIS,
/// on the box's edges, a hair outside them (closer than PostgreSQL's own box tolerance of 1e-6°),
/// for lines and polygons whose extent meets the box while they miss it, and after a geometry moves.
/// Each case runs on a box of 1° (more cells than a page merges: the GiST index), of 0.25° (the merged
/// cells of place_cell, migration 083) and of 0.2° on the cells' lines (edges and corners exactly on
/// them, where a cell beyond the box is left out), the shapes scaled with it.
/// Each test draws its shapes in a box of its own, far from Shanxi and 4° from the next, at [west, 20, west + size, 20 + size].
/// </summary>
public sealed class BoundingBoxFilterTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>
{
    private PlaceQueries Queries => new(database.DataSource);

    /// <summary>The shapes around the box [west, 20, west + 1, 21], by name, as WKT with x relative to west, scaled with the box about (west, 20).</summary>
    private static readonly (string Name, string Wkt, bool Intersects)[] Shapes =
    [
        ("inside", "POINT(0.5 20.5)", true),
        ("on the west edge", "POINT(0 20.5)", true),
        ("on the north-east corner", "POINT(1 21)", true),
        ("a hair west", "POINT(-0.000000001 20.5)", false),
        ("a hair east", "POINT(1.0000005 20.5)", false),
        ("a hair north", "POINT(0.5 21.0000001)", false),
        ("line crossing the west edge", "LINESTRING(-0.5 20.5, 0.5 20.5)", true),
        ("line touching the south edge", "LINESTRING(0.5 19.5, 0.5 20)", true),
        ("line passing the north-west corner", "LINESTRING(-0.5 20.8, 0.2 21.5)", false),
        ("polygon around the box", "POLYGON((-1 19, 2 19, 2 22, -1 22, -1 19))", true),
        ("polygon in a corner of the box", "POLYGON((0.9 20.9, 1.5 20.9, 1.5 21.5, 0.9 21.5, 0.9 20.9))", true),
        ("many-vertex disc crossing the east edge", Disc(2, 20.5, 1.5, 200), true),
        ("many-vertex disc beside the north-east corner", Disc(2.5, 22.5, 1.6, 200), false),
    ];

    [Theory]
    [InlineData(60, 1)]
    [InlineData(100, 0.25)]
    [InlineData(120, 0.2)]
    public async Task TheBoxSelectsExactlyWhatStIntersectsSelects(double west, double size)
    {
        var ids = await SeedAsync(west, size);

        var page = await Queries.PageAsync(Request(Box(west, size), first: 100), CancellationToken.None);
        var expected = Shapes.Where(s => s.Intersects).Select(s => ids[s.Name]).Order().ToList();

        Assert.Equal(expected, page.Places.Select(p => p.Id).ToList());
        Assert.Equal(expected, await PostGisAsync(west, size));
        Assert.Equal(expected.Count, await Queries.CountAsync(Box(west, size), CancellationToken.None));
    }

    [Theory]
    [InlineData(64, 1)]
    [InlineData(104, 0.25)]
    [InlineData(124, 0.2)]
    public async Task TheBoxCombinedWithAnotherFilterGivesTheSameAnswer(double west, double size)
    {
        // A category filter takes the general plan, not the page of a bbox alone.
        await SeedAsync(west, size);
        var filter = PlaceFilter.From(new PlaceFilterInput { Bbox = [west, 20, west + size, 20 + size], Categories = ["test_shape"] });

        var page = await Queries.PageAsync(new PlacePageRequest(filter, PlaceOrder.Id, 100, null, null, null), CancellationToken.None);

        Assert.Equal(await PostGisAsync(west, size), page.Places.Select(p => p.Id).ToList());
        Assert.Equal(Shapes.Count(s => s.Intersects), page.Places.Count);
    }

    [Theory]
    [InlineData(68, 1)]
    [InlineData(108, 0.25)]
    [InlineData(128, 0.2)]
    public async Task PagesOfTheBoxVisitEveryPlaceOnceForwardsAndBackwards(double west, double size)
    {
        await SeedAsync(west, size);
        var expected = await PostGisAsync(west, size);

        var forwards = new List<long>();
        PlaceCursor? after = null;
        for (var more = true; more;)
        {
            var page = await Queries.PageAsync(Request(Box(west, size), first: 3, after: after), CancellationToken.None);
            forwards.AddRange(page.Places.Select(p => p.Id));
            Assert.Equal(after is not null, page.HasPreviousPage);
            (more, after) = (page.HasNextPage, page.Cursors.LastOrDefault());
        }
        var backwards = new List<long>();
        PlaceCursor? before = null;
        for (var more = true; more;)
        {
            var page = await Queries.PageAsync(new PlacePageRequest(Box(west, size), PlaceOrder.Id, null, null, 4, before), CancellationToken.None);
            backwards.InsertRange(0, page.Places.Select(p => p.Id));
            (more, before) = (page.HasPreviousPage, page.Cursors.FirstOrDefault());
        }

        Assert.Equal(expected, forwards);
        Assert.Equal(expected, backwards);
    }

    [Theory]
    [InlineData(72, 1)]
    [InlineData(112, 0.25)]
    [InlineData(132, 0.2)]
    public async Task AMovedGeometryIsFoundWhereItIsNow(double west, double size)
    {
        var ids = await SeedAsync(west, size);
        // A point moves onto the box's edge, another far out of it (into cells the box does not
        // touch), and the disc that missed the corner onto the box.
        await ExecuteAsync("UPDATE place SET geom = ST_SetSRID(ST_MakePoint($1, $2), 4326), point = ST_SetSRID(ST_MakePoint($1, $2), 4326) WHERE id = $3",
            west + size, 20 + size / 2, ids["a hair east"]);
        await ExecuteAsync("UPDATE place SET geom = ST_SetSRID(ST_MakePoint($1, $2), 4326), point = ST_SetSRID(ST_MakePoint($1, $2), 4326) WHERE id = $3",
            west + 3 * size, 20 + 3 * size, ids["inside"]);
        await ExecuteAsync("UPDATE place SET geom = ST_Translate(geom, $1, $1) WHERE id = $2", -size / 2, ids["many-vertex disc beside the north-east corner"]);

        var page = await Queries.PageAsync(Request(Box(west, size), first: 100), CancellationToken.None);
        var found = page.Places.Select(p => p.Id).ToList();

        Assert.Contains(ids["a hair east"], found);
        Assert.DoesNotContain(ids["inside"], found);
        Assert.Contains(ids["many-vertex disc beside the north-east corner"], found);
        Assert.Equal(await PostGisAsync(west, size), found);
    }

    private static PlaceFilter Box(double west, double size) => PlaceFilter.From(new PlaceFilterInput { Bbox = [west, 20, west + size, 20 + size] });

    private static PlacePageRequest Request(PlaceFilter filter, int first, PlaceCursor? after = null) =>
        new(filter, PlaceOrder.Id, first, after, null, null);

    /// <summary>The ids ST_Intersects finds with the box over the whole geometries, in id order.</summary>
    private async Task<List<long>> PostGisAsync(double west, double size)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT id FROM place WHERE ST_Intersects(geom, ST_MakeEnvelope($1, 20, $2, $3, 4326)) ORDER BY id");
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = west });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = west + size });
        command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = 20 + size });
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            ids.Add(reader.GetInt64(0));
        return ids;
    }

    private async Task<Dictionary<string, long>> SeedAsync(double west, double size)
    {
        await ExecuteAsync("""
            INSERT INTO place_category (code, name_zh, name_en, census_class)
            VALUES ('test_shape', '测试图形', 'shape (test)', 'other') ON CONFLICT (code) DO NOTHING
            """);
        var ids = new Dictionary<string, long>();
        foreach (var (name, wkt, _) in Shapes)
        {
            await using var command = database.DataSource.CreateCommand("""
                WITH shape AS (SELECT ST_Translate(ST_Scale(ST_GeomFromText($2, 4326), ST_MakePoint($4, $4), ST_MakePoint(0, 20)), $3, 0) AS geom)
                INSERT INTO place (name, category, geom, point, provenance)
                SELECT $1, 'test_shape', geom, ST_PointOnSurface(geom), 'sample' FROM shape
                RETURNING id
                """);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = wkt });
            command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = west });
            command.Parameters.Add(new NpgsqlParameter<double> { TypedValue = size });
            ids[name] = (long)(await command.ExecuteScalarAsync())!;
        }
        return ids;
    }

    private async Task ExecuteAsync(string sql, params object[] values)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A polygon of <paramref name="vertices"/> points on a circle: more than one piece of place_part holds.</summary>
    private static string Disc(double x, double y, double radius, int vertices)
    {
        var points = Enumerable.Range(0, vertices + 1)
            .Select(i => 2 * Math.PI * (i % vertices) / vertices)
            .Select(a => string.Create(CultureInfo.InvariantCulture, $"{x + radius * Math.Cos(a)} {y + radius * Math.Sin(a)}"));
        return $"POLYGON(({string.Join(", ", points)}))";
    }
}
