using CivilAffairs.Gazetteer.Data.Places;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.Exceptions;
using GraphQL.Validation.Errors.Custom;
using Npgsql;

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

    /// <summary>PostgreSQL refuses U+0000 (NUL) in text: the character can only have come from the request.</summary>
    public const string NulMessage =
        "The request's text holds a character the registry cannot store or compare, such as NUL (U+0000); no name, code or address contains one. Remove it and send the request again.";

    public static readonly string NestingMessage =
        $"The document is nested too deeply to be read. Queries may nest at most {GraphQLRegistration.MaxDepth} levels of fields; split the request.";

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = new Dictionary<string, object?>();
        switch (executionError)
        {
            case BadUserInputError or NotFoundError or LimitExceededError or TimeoutError or PersistedQueryNotFoundError
                or UnavailableError or RateLimitedError or UnauthenticatedError or ForbiddenError or ConflictError:
                extensions["code"] = executionError.Code;
                break;
            case ComplexityError:
                extensions["code"] = ErrorCodes.LimitExceeded;
                break;
            // The parser's own nesting guard (documents nested far past MaxDepth) throws instead of reporting.
            case UnhandledError { InnerException: GraphQLMaxDepthExceededException }:
                return new ErrorInfo { Message = NestingMessage, Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.LimitExceeded } };
            case UnhandledError when Unavailability.Explains(executionError.InnerException):
                return new ErrorInfo { Message = Unavailability.Message, Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.Unavailable } };
            case UnhandledError { InnerException: PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire } }:
                return new ErrorInfo { Message = NulMessage, Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput } };
            case UnhandledError { InnerException: InvalidPlaceQueryException invalid }:
                return new ErrorInfo { Message = invalid.Message, Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.BadUserInput } };
            case UnhandledError:
                return new ErrorInfo { Message = InternalMessage, Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.Internal } };
            default:
                extensions["code"] = ErrorCodes.BadUserInput;
                // A GeoJSON value that is not a valid polygon, a cursor this service did not issue: GraphQL.NET
                // says only that it could not convert the variable; the reason is in the exception the scalar threw.
                if (CauseOf(executionError) is { } cause)
                {
                    var cut = info.Message.IndexOf("Unable to convert", StringComparison.Ordinal);
                    info = new ErrorInfo { Message = (cut > 0 ? info.Message[..cut] : "") + cause.Message, Extensions = info.Extensions };
                }
                if (executionError.Code is { } reason)
                    extensions["reason"] = reason;
                break;
        }
        if (info.Extensions?.TryGetValue("number", out var number) == true)
            extensions["number"] = number;
        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }

    private static Exception? CauseOf(Exception error)
    {
        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
            if (inner is InvalidPlaceQueryException or InvalidScalarValueException)
                return inner;
        return null;
    }
}
