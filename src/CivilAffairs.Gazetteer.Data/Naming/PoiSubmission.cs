using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Naming;

/// <summary>A collected village name or point of interest to look for duplicates of.</summary>
/// <param name="Name">The collected name (贾村卫生室).</param>
/// <param name="Category">The collector's category; a duplicate of the same category ranks a little higher.</param>
/// <param name="Point">Where it was collected, WGS84 (SRID 4326).</param>
/// <param name="RadiusMeters">How far to look; <see cref="PoiDuplicateFinder.DefaultRadiusMeters"/> when left out.</param>
/// <param name="ExcludePoiId">The POI itself, once stored, so it is not its own duplicate.</param>
public sealed record PoiSubmission(string Name, string Category, Point Point, double? RadiusMeters = null, long? ExcludePoiId = null);
