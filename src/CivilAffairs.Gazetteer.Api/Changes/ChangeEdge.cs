using CivilAffairs.Gazetteer.Data.Changes;

namespace CivilAffairs.Gazetteer.Api.Changes;

internal sealed record ChangeEdge(ChangeRecord Node, string Cursor);
