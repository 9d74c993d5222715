using GraphQL;
using GraphQL.Execution;
using GraphQLParser.Exceptions;
using GraphQL.Validation.Errors.Custom;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>
/// Gives every error one of the project's extensions.code values. GraphQL.NET's own code for a
/// document error (SYNTAX_ERROR, FIELDS_ON_CORRECT_TYPE, ...) stays as extensions.reason. Failures
/// of the service itself say so and nothing more: no exception text, stack or SQL; a database that is
/// away is UNAVAILABLE, not INTERNAL.
/// </summary>
internal sealed class GazetteerErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions
{
    ExposeCodes = false,
    ExposeData = false,
    ExposeExceptionDetails = false,
})
{
    public const string InternalMessage =
        "The service failed while answering this field and has logged it. Try again later; if it keeps failing, report the time of the request.";

    public static readonly string NestingMessage =
        $"The document is nested too deeply to be read. Queries may nest at most {GraphQLRegistration.MaxDepth} levels of fields; split the request.";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = new Dictionary<string, object?>();
        switch (executionError)
        {
            case BadUserInputError or NotFoundError or LimitExceededError or UnavailableError:
                extensions["code"] = executionError.Code;
                break;
            case ComplexityError or TooManyFieldsError:
                extensions["code"] = ErrorCodes.LimitExceeded;
                break;
            // The parser's own nesting guard (documents nested far past MaxDepth) throws instead of reporting.
            case UnhandledError { InnerException: GraphQLMaxDepthExceededException }:
                return new ErrorInfo { Message = NestingMessage, Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.LimitExceeded } };
            case UnhandledError when Unavailability.Explains(executionError.InnerException):
                return new ErrorInfo { Message = Unavailability.Message, Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.Unavailable } };
            case UnhandledError:
                return new ErrorInfo { Message = InternalMessage, Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.Internal } };
            default:
                extensions["code"] = ErrorCodes.BadUserInput;
                if (executionError.Code is { } reason)
                    extensions["reason"] = reason;
                break;
        }
        if (info.Extensions?.TryGetValue("number", out var number) == true)
            extensions["number"] = number;
        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }
}
