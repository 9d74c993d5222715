using CivilAffairs.Gazetteer.Data.Naming;
using CivilAffairs.Gazetteer.Naming;
using CivilAffairs.Gazetteer.Testing;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Tests.Naming;

/// <summary>Collected names near the real village 贾村 of 清徐县 (140121204213): what a reviewer is shown as possible duplicates.</summary>
public sealed class PoiDuplicateFinderTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    private PoiDuplicateFinder Finder => new(database.DataSource);

    private async Task<Point> JiacunAsync()
    {
        await using var command = database.DataSource.CreateCommand("SELECT ST_X(point), ST_Y(point) FROM place WHERE code = '140121204213'");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the real village 贾村 of 清徐县 is in the template");
        return Wgs84.CreatePoint(new Coordinate(reader.GetDouble(0), reader.GetDouble(1)));
    }

    /// <summary>About <paramref name="meters"/> east of the point (a degree of longitude is ~89 km at 37° N).</summary>
    private static Point East(Point point, double meters) =>
        Wgs84.CreatePoint(new Coordinate(point.X + meters / (111_320 * Math.Cos(point.Y * Math.PI / 180)), point.Y));

    [Fact]
    public async Task TheSameVillageNameNearbyIsTheFirstCandidate()
    {
        var jiacun = await JiacunAsync();

        var found = await Finder.FindAsync(new PoiSubmission("贾村村委会", "village_committee", East(jiacun, 300)));

        var first = found[0];
        Assert.Equal((DuplicateSource.Place, "贾村", NameMatch.SameName), (first.Source, first.Name, first.Match));
        Assert.InRange(first.DistanceMeters, 250, 350);
        Assert.Contains("same name 贾村", first.Why, StringComparison.Ordinal);
        Assert.Contains(" m away", first.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHomophoneIsFoundByItsPinyinKey()
    {
        var jiacun = await JiacunAsync();

        var found = await Finder.FindAsync(new PoiSubmission("假村", "natural_village", East(jiacun, 500)));

        var candidate = Assert.Single(found, c => c.Name == "贾村");
        Assert.Equal(NameMatch.SameReading, candidate.Match);
        Assert.Contains("jiacun", candidate.Why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANameFartherThanTheRadiusIsNotADuplicate()
    {
        var jiacun = await JiacunAsync();

        var near = await Finder.FindAsync(new PoiSubmission("贾村", "village_committee", East(jiacun, 3_000), RadiusMeters: 5_000));
        var far = await Finder.FindAsync(new PoiSubmission("贾村", "village_committee", East(jiacun, 3_000), RadiusMeters: 1_000));

        Assert.Contains(near, c => c.Name == "贾村" && c.Source == DuplicateSource.Place);
        Assert.DoesNotContain(far, c => c.Name == "贾村" && c.Source == DuplicateSource.Place);
    }

    [Fact]
    public async Task ACollectedPoiIsComparedTooAndRankedBelowASameName()
    {
        var jiacun = await JiacunAsync();
        var clinic = East(jiacun, 200);
        await using (var insert = database.DataSource.CreateCommand(
            "INSERT INTO poi (name, pinyin_key, category, geom, state, collected_by, provenance) VALUES ('贾村卫生室', 'jiacunweishengshi', 'clinic', $1, 'pending', 'test', 'collected')"))
        {
            insert.Parameters.AddWithValue(clinic);
            await insert.ExecuteNonQueryAsync();
        }

        var found = await Finder.FindAsync(new PoiSubmission("贾村卫生所", "clinic", East(jiacun, 250)));

        var poi = Assert.Single(found, c => c.Source == DuplicateSource.Poi && c.Name == "贾村卫生室");
        Assert.Equal(NameMatch.OneCharacterApart, poi.Match);
        Assert.InRange(poi.DistanceMeters, 20, 80);
        Assert.Equal(found.OrderByDescending(c => c.Score).Select(c => c.Id), found.Select(c => c.Id));
        Assert.DoesNotContain(found, c => c.Name == "东关村");
    }

    [Fact]
    public async Task AnUnrelatedNameHasNoDuplicates()
    {
        var jiacun = await JiacunAsync();

        var found = await Finder.FindAsync(new PoiSubmission("青龙潭水库", "reservoir", East(jiacun, 100)));

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("", 1_000.0, "empty")]
    [InlineData("Jiacun", 1_000.0, "letters")]
    [InlineData("贾村", 50_000.0, "radius")]
    public async Task BadInputIsRefused(string name, double radius, string said)
    {
        var jiacun = await JiacunAsync();

        var error = await Assert.ThrowsAsync<NameCheckInputException>(() => Finder.FindAsync(new PoiSubmission(name, "shop", jiacun, radius)));

        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }
}
