using NetTopologySuite.Geometries;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>One generated place, as it goes into the place table.</summary>
internal sealed record PlaceRow(
    long Id, NameParts Name, string Category, string DivisionCode, Geometry Geometry, Point Point,
    string[] Aliases, PlaceStory? Story, Romanization? Romanization);
