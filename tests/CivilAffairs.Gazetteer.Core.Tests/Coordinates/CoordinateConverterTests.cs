using CivilAffairs.Gazetteer.Coordinates;

namespace CivilAffairs.Gazetteer.Core.Tests.Coordinates;

public sealed class CoordinateConverterTests
{
    // Reference pairs published with the widely used coordtransform library (wandergis/coordtransform,
    // test/app.js) for a point by Tiananmen (116.404, 39.915), reproduced by its ports.
    [Theory]
    [InlineData(Crs.Wgs84, Crs.Gcj02, 116.404, 39.915, 116.41024449916938, 39.91640428150164)]
    [InlineData(Crs.Gcj02, Crs.Bd09, 116.404, 39.915, 116.41036949371029, 39.92133699351021)]
    [InlineData(Crs.Bd09, Crs.Gcj02, 116.404, 39.915, 116.39762729119315, 39.90865673957631)]
    public void ConvertsPublishedReferencePairs(Crs from, Crs to, double lon, double lat, double expectedLon, double expectedLat)
    {
        var result = CoordinateConverter.Convert(new LonLat(lon, lat), from, to);

        Assert.Equal(expectedLon, result.Lon, 9);
        Assert.Equal(expectedLat, result.Lat, 9);
    }

    [Fact]
    public void Gcj02ToWgs84InvertsTheForwardTransformBetterThanTheOneStepApproximation()
    {
        // The one-step approximation published beside the forward formula gives (116.39775550083061, 39.91359571849836)
        // for GCJ-02 (116.404, 39.915); iteration must land within a few metres of it and map back exactly.
        var gcj = new LonLat(116.404, 39.915);
        var wgs = CoordinateConverter.Convert(gcj, Crs.Gcj02, Crs.Wgs84);

        Assert.True(Distance.Meters(wgs, new LonLat(116.39775550083061, 39.91359571849836)) < 5);
        Assert.True(Distance.Meters(CoordinateConverter.Convert(wgs, Crs.Wgs84, Crs.Gcj02), gcj) < 0.01);
    }

    [Theory]
    [InlineData(111.5188, 36.2556)] // 洪洞县
    [InlineData(112.5489, 37.8706)] // 太原
    [InlineData(113.2996, 40.0768)] // 大同
    [InlineData(110.9977, 35.0265)] // 运城
    public void RoundTripsThroughEverySystemWithinOneMetre(double lon, double lat)
    {
        var wgs = new LonLat(lon, lat);
        foreach (var crs in new[] { Crs.Gcj02, Crs.Bd09 })
        {
            var there = CoordinateConverter.Convert(wgs, Crs.Wgs84, crs);
            var back = CoordinateConverter.Convert(there, crs, Crs.Wgs84);

            Assert.True(Distance.Meters(wgs, there) > 100, $"{crs} should move a point in Shanxi by hundreds of metres");
            Assert.True(Distance.Meters(wgs, back) < 1, $"{crs} round trip drifted {Distance.Meters(wgs, back):F3} m");
        }
    }

    [Fact]
    public void Gcj02LeavesPointsOutsideChinaUnchanged()
    {
        var london = new LonLat(-0.1276, 51.5072);

        Assert.Equal(london, CoordinateConverter.Convert(london, Crs.Wgs84, Crs.Gcj02));
        Assert.Equal(london, CoordinateConverter.Convert(london, Crs.Gcj02, Crs.Wgs84));
    }

    [Theory]
    [InlineData(double.NaN, 36.0)]
    [InlineData(112.0, double.PositiveInfinity)]
    [InlineData(181.0, 36.0)]
    [InlineData(112.0, -91.0)]
    public void RejectsNonCoordinatesWithAClearMessage(double lon, double lat)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CoordinateConverter.Convert(new LonLat(lon, lat), Crs.Wgs84, Crs.Gcj02));

        Assert.Contains("longitude must be a number in [-180, 180]", error.Message);
    }
}
