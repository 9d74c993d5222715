using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using GraphQL;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

/// <summary>Why an HTTP request could not even be read as a GraphQL request, its status code and error code.</summary>
internal sealed record RequestProblem(int Status, string Message, string Code = ErrorCodes.BadUserInput)
{
    public ExecutionError ToError() => Code == ErrorCodes.LimitExceeded ? new LimitExceededError(Message) : new BadUserInputError(Message);
}
