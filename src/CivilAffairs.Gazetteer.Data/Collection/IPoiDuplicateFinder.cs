using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Collection;

/// <summary>
/// Finds what a collected name may duplicate, shown to the reviewer. The name checks' detector
/// (issue 7, checks) replaces <see cref="NearbyNameDuplicates"/> when it is registered.
/// </summary>
public interface IPoiDuplicateFinder
{
    Task<IReadOnlyList<PoiDuplicate>> FindAsync(string name, Point point, CancellationToken cancellationToken);
}
