using CivilAffairs.Gazetteer.Coordinates;
using CivilAffairs.Gazetteer.Data.Places;

namespace CivilAffairs.Gazetteer.Data.Export;

/// <summary>
/// A file format places can be exported in, known by its name (gazetteer export --format NAME).
/// Places arrive as a stream; a format writes each as it comes and keeps none.
/// </summary>
public interface IPlaceExportFormat
{
    /// <summary>The name on the command line: geojson, csv, ...</summary>
    string Name { get; }

    /// <summary>One line for the command's help.</summary>
    string Description { get; }

    /// <summary>Writes every place to <paramref name="path"/>, calling <paramref name="written"/> after each; returns how many.</summary>
    Task<long> WriteAsync(IAsyncEnumerable<PlaceRecord> places, string path, Crs crs, Action<long> written, CancellationToken cancellationToken);
}
