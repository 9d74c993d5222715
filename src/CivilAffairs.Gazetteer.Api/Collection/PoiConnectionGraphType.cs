using CivilAffairs.Gazetteer.Api.Workflow;

namespace CivilAffairs.Gazetteer.Api.Collection;

internal sealed class PoiConnectionGraphType() : PageConnectionGraphType<PoiRecord, PoiEdgeGraphType>("PoiConnection", "collected names");
