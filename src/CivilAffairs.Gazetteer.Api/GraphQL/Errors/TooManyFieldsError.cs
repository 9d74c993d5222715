using GraphQL.Validation;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>A document with more fields than the service runs in one request (LIMIT_EXCEEDED).</summary>
internal sealed class TooManyFieldsError(ValidationContext context) : ValidationError(
    context.Document.Source,
    ErrorCodes.LimitExceeded,
    $"The document asks for more than {FieldCountLimit.MaxFields} fields (aliases included). Split it into several requests, or use geocodeBatch for many addresses.");
