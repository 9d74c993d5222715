using CivilAffairs.Gazetteer.Api.Workflow;

namespace CivilAffairs.Gazetteer.Api.Collection;

internal sealed class PoiEdgeGraphType() : PageEdgeGraphType<PoiRecord, PointOfInterestGraphType>("PoiEdge", "A collected name");
