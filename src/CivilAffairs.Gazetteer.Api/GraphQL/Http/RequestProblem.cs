namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

/// <summary>Why an HTTP request could not even be read as a GraphQL request, and its status code.</summary>
internal sealed record RequestProblem(int Status, string Message);
