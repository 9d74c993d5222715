namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>The geometry a sample place gets: points, lines for roads and rivers, polygons for areas.</summary>
internal enum SampleShape
{
    Point,
    ShortLine,
    LongLine,
    SmallArea,
    LargeArea,
}
