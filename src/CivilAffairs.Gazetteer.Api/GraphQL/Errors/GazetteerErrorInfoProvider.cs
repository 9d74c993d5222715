using GraphQL;
using GraphQL.Execution;
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

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = new Dictionary<string, object?>();
        switch (executionError)
        {
            case BadUserInputError or NotFoundError or LimitExceededError or UnavailableError or RateLimitedError or UnauthenticatedError or ForbiddenError or ConflictError:
                extensions["code"] = executionError.Code;
                break;
            case ComplexityError:
                extensions["code"] = ErrorCodes.LimitExceeded;
                break;
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
