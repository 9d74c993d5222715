using CivilAffairs.Gazetteer.Divisions;
using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>The real Shanxi files under data/, read and checked; nothing is written until all of them are good.</summary>
internal sealed record RealDataSet(
    IReadOnlyList<PlaceCategory> Categories,
    DivisionHierarchy2023 Hierarchy,
    IReadOnlyDictionary<DivisionCode, CountyBoundary2017> Boundaries2017,
    IReadOnlyList<CountyChange> Changes,
    IReadOnlyList<ChgisCountyName> ChgisNames)
{
    public static IReadOnlyList<string> InputFiles(string dataDirectory) =>
    [
        Path.Combine(dataDirectory, PlaceCategory.File),
        .. DivisionHierarchy2023.InputFiles(dataDirectory),
        .. CountyBoundary2017.InputFiles(dataDirectory),
        Path.Combine(dataDirectory, CountyChange.File),
        Path.Combine(dataDirectory, ChgisCountyName.File),
    ];

    public static RealDataSet Read(string dataDirectory, GeometryFactory factory) => new(
        PlaceCategory.Read(dataDirectory),
        DivisionHierarchy2023.Read(dataDirectory),
        CountyBoundary2017.Read(dataDirectory, factory),
        CountyChange.Read(dataDirectory),
        ChgisCountyName.Read(dataDirectory, factory));
}
