namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>
/// A scalar of the project's refusing a value, with a message for the person who sent it.
/// GraphQL.NET reports a FormatException of a scalar as an invalid value but, for variables, says
/// only that it could not convert it; <see cref="GazetteerErrorInfoProvider"/> puts this message in.
/// </summary>
internal sealed class InvalidScalarValueException(string message) : FormatException(message);
