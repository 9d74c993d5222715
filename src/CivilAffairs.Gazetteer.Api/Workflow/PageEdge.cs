namespace CivilAffairs.Gazetteer.Api.Workflow;

internal sealed record PageEdge<T>(T Node, string Cursor);
