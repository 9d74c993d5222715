using System.Text.Json;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Net.Http.Headers;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP: POST (application/json or application/graphql) and GET (queries only),
/// answered as application/graphql-response+json or, when that is what the client accepts,
/// application/json, with the status codes of the GraphQL-over-HTTP specification.
/// </summary>
internal sealed class GraphQLHttpHandler(IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer)
{
    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        var responseType = MediaTypes.ChooseResponseType(http.Request.Headers.Accept);
        var isGet = HttpMethods.IsGet(http.Request.Method);
        var (request, problem) = isGet ? ReadGet(http.Request) : await ReadPostAsync(http.Request, cancellationToken);
        if (request is null)
        {
            await WriteAsync(http, problem!.Status, responseType, Failure(problem.Message), cancellationToken);
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = cancellationToken,
            ValidationRules = isGet
                ? DocumentValidator.CoreRules.Append(FieldCountLimit.Instance).Append(QueriesOnlyOverGet.Instance)
                : DocumentValidator.CoreRules.Append(FieldCountLimit.Instance),
        });

        int status;
        if (result.Errors?.Any(e => e is MutationOverGetError) == true)
        {
            http.Response.Headers.Allow = "POST";
            status = StatusCodes.Status405MethodNotAllowed;
        }
        // Without data the request never executed (unparseable, invalid, bad variables). Only the
        // new media type reports that with 400; for application/json the spec keeps 200.
        else if (!result.Executed && responseType == MediaTypes.GraphQLResponse)
            status = StatusCodes.Status400BadRequest;
        else
            status = StatusCodes.Status200OK;
        await WriteAsync(http, status, responseType, result, cancellationToken);
    }

    private (GraphQLRequest? Request, RequestProblem? Problem) ReadGet(HttpRequest request)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, "The query parameter is missing: send the GraphQL document as ?query=... (URL-encoded)."));
        return ParseJsonParameters(request, query);
    }

    private (GraphQLRequest? Request, RequestProblem? Problem) ParseJsonParameters(HttpRequest request, string query)
    {
        try
        {
            var variables = request.Query["variables"].ToString();
            var extensions = request.Query["extensions"].ToString();
            return (new GraphQLRequest
            {
                Query = query,
                OperationName = NullIfEmpty(request.Query["operationName"].ToString()),
                Variables = variables.Length == 0 ? null : serializer.Deserialize<Inputs>(variables),
                Extensions = extensions.Length == 0 ? null : serializer.Deserialize<Inputs>(extensions),
            }, null);
        }
        catch (JsonException exception)
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, $"The variables or extensions parameter is not a JSON object: {exception.Message}"));
        }
    }

    private async Task<(GraphQLRequest? Request, RequestProblem? Problem)> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
            return (null, new RequestProblem(StatusCodes.Status415UnsupportedMediaType, $"Send the request with Content-Type {MediaTypes.Json} (a JSON object with query, variables, operationName) or {MediaTypes.GraphQL} (the document alone)."));
        if (contentType.MediaType.Equals(MediaTypes.GraphQL, StringComparison.OrdinalIgnoreCase))
        {
            using var reader = new StreamReader(request.Body);
            var document = await reader.ReadToEndAsync(cancellationToken);
            return string.IsNullOrWhiteSpace(document)
                ? (null, new RequestProblem(StatusCodes.Status400BadRequest, "The body is empty: send the GraphQL document."))
                : (new GraphQLRequest { Query = document }, null);
        }
        if (!contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            return (null, new RequestProblem(StatusCodes.Status415UnsupportedMediaType, $"Content-Type {contentType.MediaType} is not supported: use {MediaTypes.Json} or {MediaTypes.GraphQL}."));
        try
        {
            var body = await serializer.ReadAsync<GraphQLRequest>(request.Body, cancellationToken);
            return string.IsNullOrWhiteSpace(body?.Query)
                ? (null, new RequestProblem(StatusCodes.Status400BadRequest, "The body has no query: send a JSON object such as {\"query\": \"{ division(code: \\\"141024\\\") { name } }\"}."))
                : (body, null);
        }
        catch (JsonException exception)
        {
            return (null, new RequestProblem(StatusCodes.Status400BadRequest, $"The body is not a GraphQL request in JSON ({exception.Message}). Send a JSON object such as {{\"query\": \"...\", \"variables\": {{}}}}."));
        }
    }

    private static ExecutionResult Failure(string message) => new() { Errors = [new BadUserInputError(message)] };

    private async Task WriteAsync(HttpContext http, int status, string responseType, ExecutionResult result, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = responseType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, cancellationToken);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
