using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Data.Tests.Import;

/// <summary>The real Shanxi data as the template database holds it (imported by TestSeed).</summary>
public sealed class RealDataImportTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>
{
    private async Task<T> Scalar<T>(string sql, params object[] parameters)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        foreach (var p in parameters)
            command.Parameters.AddWithValue(p);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    [Theory]
    [InlineData("province", 1)]
    [InlineData("city", 11)]
    [InlineData("county", 121)]
    [InlineData("township", 1352)]
    [InlineData("village", 21895)]
    public async Task EachLevelHasTheUnitsOfThe2023Codes(string level, long expected)
    {
        Assert.Equal(expected, await Scalar<long>("SELECT count(*) FROM division WHERE level = $1 AND valid_to IS NULL", level));
    }

    [Fact]
    public async Task EveryCurrentDivisionHasItsOwnPlaceUnderTheSameCode()
    {
        Assert.Equal(23380L, await Scalar<long>(
            "SELECT count(*) FROM division d JOIN place p ON p.code = d.code AND p.status = 'current' WHERE d.valid_to IS NULL"));
    }

    [Fact]
    public async Task TheFourSeventyOneZonesAndOnlyThemAreStatisticalZones()
    {
        Assert.Equal("140171000000,140271000000,140671000000,140971000000", await Scalar<string>(
            "SELECT string_agg(code, ',' ORDER BY code) FROM division WHERE is_statistical_zone"));
        Assert.Equal(0L, await Scalar<long>("SELECT count(*) FROM division WHERE is_statistical_zone AND boundary IS NOT NULL"));
    }

    [Fact]
    public async Task HongtongCountyHasItsCityAndItsTownships()
    {
        Assert.Equal("临汾市", await Scalar<string>(
            "SELECT c.name FROM division d JOIN division c ON c.code = d.parent_code WHERE d.code = '141024000000' AND d.name = '洪洞县'"));
        Assert.True(await Scalar<long>("SELECT count(*) FROM division WHERE parent_code = '141024000000' AND level = 'township'") >= 10);
        Assert.Equal("大槐树镇", await Scalar<string>(
            "SELECT name FROM division WHERE parent_code = '141024000000' AND name = '大槐树镇'"));
    }

    [Fact]
    public async Task EveryVillagePlaceHasADerivedPointInsideItsCountyPolygon()
    {
        var outside = await Scalar<long>(
            """
            SELECT count(*) FROM place p
            JOIN division county ON county.code = substr(p.code, 1, 6) || '000000' AND county.valid_to IS NULL
            JOIN division city ON city.code = substr(p.code, 1, 4) || '00000000' AND city.valid_to IS NULL
            WHERE p.category IN ('village_committee', 'community') AND p.import_run_id IS NOT NULL
              AND NOT (p.geom_derived AND ST_Contains(coalesce(county.boundary, city.boundary), p.point))
            """);
        Assert.Equal(0L, outside);
        Assert.Equal(21895L, await Scalar<long>(
            "SELECT count(*) FROM place WHERE category IN ('village_committee', 'community') AND geom_derived AND GeometryType(geom) = 'POINT'"));
    }

    [Fact]
    public async Task ShangdangDistrictHasTheChangzhiCountyPolygonAndChangzhiCountyIsItsHistoricalPredecessor()
    {
        Assert.True(await Scalar<bool>(
            """
            SELECT ST_Equals(new.boundary, old.boundary)
            FROM division new, division old
            WHERE new.code = '140404000000' AND new.valid_to IS NULL AND old.code = '140421000000'
            """));
        Assert.Equal("长治县 2018-01-01", await Scalar<string>(
            "SELECT name || ' ' || valid_to::text FROM division WHERE code = '140421000000' AND valid_to IS NOT NULL"));
        Assert.Equal("rename 上党区", await Scalar<string>(
            """
            SELECT c.kind || ' ' || t.name
            FROM admin_change c
            JOIN admin_change_unit f ON f.change_id = c.id AND f.role = 'from'
            JOIN division fd ON fd.id = f.division_id AND fd.code = '140421000000'
            JOIN admin_change_unit tu ON tu.change_id = c.id AND tu.role = 'to'
            JOIN division t ON t.id = tu.division_id
            """));
    }

    [Fact]
    public async Task LuzhouDistrictPolygonIsTheUnionOfChengquAndJiaoqu()
    {
        Assert.True(await Scalar<bool>(
            """
            SELECT ST_Equals(new.boundary, (SELECT ST_Union(boundary) FROM division WHERE code IN ('140402000000', '140411000000') AND valid_to IS NOT NULL))
            FROM division new WHERE new.code = '140403000000' AND new.valid_to IS NULL
            """));
    }

    [Fact]
    public async Task NanjiaoWentPartlyIntoPingchengAndYungangWhosePolygonsAreMarkedApproximate()
    {
        Assert.Equal("part,part", await Scalar<string>(
            """
            SELECT string_agg(u.share, ',') FROM admin_change_unit u JOIN division d ON d.id = u.division_id
            WHERE d.code = '140211000000' AND u.role = 'from'
            """));
        Assert.Equal(2L, await Scalar<long>(
            "SELECT count(*) FROM place WHERE code IN ('140213000000', '140214000000') AND geom_derived AND sources LIKE '%approximate%'"));
    }

    [Fact]
    public async Task EveryLineageRowIsOneAdminChangeAndEveryReplacedUnitIsHistory()
    {
        Assert.Equal(9L, await Scalar<long>("SELECT count(*) FROM admin_change"));
        Assert.Equal(11L, await Scalar<long>("SELECT count(*) FROM division WHERE valid_to IS NOT NULL"));
        Assert.Equal(11L, await Scalar<long>("SELECT count(*) FROM place WHERE status = 'historical'"));
    }

    [Theory]
    [InlineData("140105001001", "师范街社区", "师范街社区居委会", "community")]
    public async Task VillageLevelPlacesKeepTheCommitteeNameAsAnAlias(string code, string place, string committee, string category)
    {
        Assert.Equal($"{place}|{committee}|{category}", await Scalar<string>(
            "SELECT name || '|' || array_to_string(aliases, ',') || '|' || category FROM place WHERE code = $1", code));
    }

    [Fact]
    public async Task VillageCommitteesNameTheirVillage()
    {
        // Every committee of a village code range is a place called XX村, its committee name an alias.
        Assert.Equal(0L, await Scalar<long>(
            """
            SELECT count(*) FROM place p JOIN division d ON d.code = p.code
            WHERE p.category = 'village_committee' AND d.name ~ '(村委会|村民委员会)$'
              AND NOT (p.name ~ '村$' AND p.generic = '村' AND d.name = ANY (p.aliases))
            """));
    }

    [Fact]
    public async Task HongtongCarriesItsCountyNameAsCHGISDatesItIn1820()
    {
        Assert.Equal("洪洞縣 1820 hvd", await Scalar<string>(
            """
            SELECT f.name || ' ' || f.from_year || ' ' || substr(split_part(f.source, 'TGAZ ', 2), 1, 3)
            FROM place_former_name f JOIN place p ON p.id = f.place_id WHERE p.code = '141024000000'
            """));
    }

    [Fact]
    public async Task ARenamedCountyKnowsItsFormerName()
    {
        Assert.Equal(2018, await Scalar<int>(
            "SELECT f.to_year FROM place_former_name f JOIN place p ON p.id = f.place_id WHERE p.code = '140404000000' AND f.name = '长治县'"));
    }

    [Fact]
    public async Task CityAndProvinceBoundariesAreUnionsOfTheirCounties()
    {
        Assert.True(await Scalar<bool>(
            """
            SELECT bool_and(ST_Covers(city.boundary, county.point))
            FROM division county JOIN division city ON city.code = county.parent_code
            WHERE county.level = 'county' AND county.valid_to IS NULL AND NOT county.is_statistical_zone
            """));
        Assert.True(await Scalar<bool>(
            "SELECT abs(ST_Area(p.boundary) - (SELECT ST_Area(ST_Union(boundary)) FROM division WHERE level = 'city')) < 1e-6 FROM division p WHERE p.level = 'province'"));
    }
}
