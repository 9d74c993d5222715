using System.Globalization;
using System.Text;
using System.Text.Json;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP: POST (application/json or application/graphql, a JSON array for a batch)
/// and GET (queries only), answered as application/graphql-response+json or, when that is what
/// the client accepts, application/json, with the status codes of the GraphQL-over-HTTP
/// specification. Requests are bounded in size, batch size and time; persisted queries are
/// taken by SHA-256 hash; a client that goes away stops its request.
/// </summary>
internal sealed class GraphQLHttpHandler(
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    PersistedQueries persisted,
    ValidatedDocuments validated,
    IOptions<GraphQLHttpOptions> options,
    ILogger<GraphQLHttpHandler> logger)
{
    private GraphQLHttpOptions Limits => options.Value;

    public async Task HandleAsync(HttpContext http)
    {
        var responseType = MediaTypes.ChooseResponseType(http.Request.Headers.Accept);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(Limits.RequestTimeout);
        var cancellationToken = timeout.Token;
        try
        {
            await AnswerAsync(http, responseType, cancellationToken);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: its request has been stopped (the database command with it); nobody reads an answer.
            logger.LogDebug("GraphQL request stopped: the client closed the connection");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var seconds = Limits.RequestTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            var error = new TimeoutError(
                $"The request ran longer than {seconds} s, the limit for one request, and was stopped. Ask for less: a smaller page (first), fewer nested lists, or a narrower filter.");
            var status = responseType == MediaTypes.GraphQLResponse ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status200OK;
            await WriteAsync(http, status, responseType, new ExecutionResult { Errors = [error] }, CancellationToken.None);
        }
    }

    private async Task AnswerAsync(HttpContext http, string responseType, CancellationToken cancellationToken)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        var (requests, isBatch, problem) = isGet ? ReadGet(http.Request) : await ReadPostAsync(http.Request, cancellationToken);
        if (requests is null)
        {
            await WriteAsync(http, problem!.Status, responseType, new ExecutionResult { Errors = [problem.ToError()] }, cancellationToken);
            return;
        }
        if (isBatch)
        {
            // One after the other: they share the request's batch loaders, which are not for concurrent use.
            var results = new List<ExecutionResult>(requests.Count);
            foreach (var request in requests)
                results.Add(await ExecuteAsync(http, request, isGet, cancellationToken));
            await WriteAsync(http, StatusCodes.Status200OK, responseType, results, cancellationToken);
            return;
        }

        var result = await ExecuteAsync(http, requests[0], isGet, cancellationToken);
        int status;
        if (result.Errors?.OfType<RateLimitedError>().FirstOrDefault() is { } limited)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(limited.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            status = StatusCodes.Status429TooManyRequests;
        }
        else if (result.Errors?.Any(e => e is MutationOverGetError) == true)
        {
            http.Response.Headers.Allow = "POST";
            status = StatusCodes.Status405MethodNotAllowed;
        }
        // Apollo clients answer this error by sending the query along; keep it a plain 200.
        else if (result.Errors?.Any(e => e is PersistedQueryNotFoundError) == true)
            status = StatusCodes.Status200OK;
        // Without data the request never executed (unparseable, invalid, bad variables). Only the
        // new media type reports that with 400; for application/json the spec keeps 200.
        else if (!result.Executed && responseType == MediaTypes.GraphQLResponse)
            status = StatusCodes.Status400BadRequest;
        else
            status = StatusCodes.Status200OK;
        await WriteAsync(http, status, responseType, result, cancellationToken);
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, bool isGet, CancellationToken cancellationToken)
    {
        if (ResolvePersistedQuery(request) is { } refusal)
            return new ExecutionResult { Errors = [refusal] };
        if (string.IsNullOrWhiteSpace(request.Query))
            return new ExecutionResult
            {
                Errors = [new BadUserInputError("The request has no query: send a JSON object such as {\"query\": \"{ division(code: \\\"141024\\\") { name } }\"}.")],
            };
        var rules = isGet ? DocumentValidator.CoreRules.Append(QueriesOnlyOverGet.Instance) : DocumentValidator.CoreRules;
        var cached = validated.TryGet(request.Query, out var document);
        if (cached)
            // Valid once, valid again: only the rule that depends on how it came (GET) is run again.
            rules = isGet ? [QueriesOnlyOverGet.Instance] : [];
        else
        {
            (var parsed, var tooManyFields) = FieldCountLimit.Check(request.Query);
            if (tooManyFields is not null)
                return new ExecutionResult { Errors = [tooManyFields] };
            document = parsed!;
        }
        // The operation a request picks may differ from the one that was validated before.
        if (document is not null && Subscriptions.Asked(document, request.OperationName))
            return new ExecutionResult { Errors = [Subscriptions.Refusal] };
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            User = http.User,
            CancellationToken = cancellationToken,
            ValidationRules = rules,
        });
        // Executed: it parsed and passed validation (errors of fields while running do not matter here).
        if (!cached && document is not null && result.Executed)
            validated.Add(request.Query, document);
        return result;
    }

    /// <summary>Apollo automatic persisted queries: the hash alone runs a stored document; hash and query store it.</summary>
    private ExecutionError? ResolvePersistedQuery(GraphQLRequest request)
    {
        if (request.Extensions is null || !request.Extensions.TryGetValue("persistedQuery", out var value) || value is null)
            return null;
        const string Shape = "Send extensions.persistedQuery as {\"version\": 1, \"sha256Hash\": \"<SHA-256 of the query, lower-case hex>\"}.";
        if (value is not IDictionary<string, object?> persistedQuery
            || !persistedQuery.TryGetValue("sha256Hash", out var hashValue) || hashValue is not string hash || hash.Length != 64
            || !persistedQuery.TryGetValue("version", out var version) || Convert.ToString(version, CultureInfo.InvariantCulture) != "1")
            return new BadUserInputError("extensions.persistedQuery is malformed. " + Shape);
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            if (!persisted.TryGet(hash, out var document))
                return new PersistedQueryNotFoundError();
            request.Query = document;
            return null;
        }
        return persisted.TryStore(hash, request.Query)
            ? null
            : new BadUserInputError("extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it (UTF-8, lower-case hex). " + Shape);
    }

    private (IReadOnlyList<GraphQLRequest>? Requests, bool IsBatch, RequestProblem? Problem) ReadGet(HttpRequest request)
    {
        if (request.QueryString.Value?.Length > Limits.MaxRequestBytes)
            return (null, false, TooLarge(request.QueryString.Value.Length));
        var query = request.Query["query"].ToString();
        var extensions = request.Query["extensions"].ToString();
        if (string.IsNullOrWhiteSpace(query) && extensions.Length == 0)
            return (null, false, new RequestProblem(StatusCodes.Status400BadRequest, "The query parameter is missing: send the GraphQL document as ?query=... (URL-encoded)."));
        try
        {
            var variables = request.Query["variables"].ToString();
            return ([new GraphQLRequest
            {
                Query = NullIfEmpty(query),
                OperationName = NullIfEmpty(request.Query["operationName"].ToString()),
                Variables = variables.Length == 0 ? null : serializer.Deserialize<Inputs>(variables),
                Extensions = extensions.Length == 0 ? null : serializer.Deserialize<Inputs>(extensions),
            }], false, null);
        }
        catch (JsonException exception)
        {
            return (null, false, new RequestProblem(StatusCodes.Status400BadRequest, $"The variables or extensions parameter is not a JSON object: {exception.Message}"));
        }
    }

    private async Task<(IReadOnlyList<GraphQLRequest>? Requests, bool IsBatch, RequestProblem? Problem)> ReadPostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
            return (null, false, new RequestProblem(StatusCodes.Status415UnsupportedMediaType, $"Send the request with Content-Type {MediaTypes.Json} (a JSON object with query, variables, operationName) or {MediaTypes.GraphQL} (the document alone)."));
        var isGraphQL = contentType.MediaType.Equals(MediaTypes.GraphQL, StringComparison.OrdinalIgnoreCase);
        if (!isGraphQL && !contentType.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
            return (null, false, new RequestProblem(StatusCodes.Status415UnsupportedMediaType, $"Content-Type {contentType.MediaType} is not supported: use {MediaTypes.Json} or {MediaTypes.GraphQL}."));
        var (body, tooLarge) = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
            return (null, false, tooLarge);
        if (isGraphQL)
            return string.IsNullOrWhiteSpace(body)
                ? (null, false, new RequestProblem(StatusCodes.Status400BadRequest, "The body is empty: send the GraphQL document."))
                : ([new GraphQLRequest { Query = body }], false, null);
        try
        {
            if (body.AsSpan().TrimStart().StartsWith("["))
            {
                var batch = serializer.Deserialize<GraphQLRequest[]>(body) ?? [];
                if (batch.Length == 0)
                    return (null, true, new RequestProblem(StatusCodes.Status400BadRequest, "The batch is empty: send a JSON array of one or more requests."));
                if (batch.Length > Limits.MaxBatchSize)
                    return (null, true, new RequestProblem(StatusCodes.Status413PayloadTooLarge,
                        $"The batch holds {batch.Length} operations; at most {Limits.MaxBatchSize} are taken in one request. Split it.", ErrorCodes.LimitExceeded));
                return (batch, true, null);
            }
            var single = serializer.Deserialize<GraphQLRequest>(body);
            return single is null || (string.IsNullOrWhiteSpace(single.Query) && single.Extensions?.ContainsKey("persistedQuery") != true)
                ? (null, false, new RequestProblem(StatusCodes.Status400BadRequest, "The body has no query: send a JSON object such as {\"query\": \"{ division(code: \\\"141024\\\") { name } }\"}."))
                : ([single], false, null);
        }
        catch (JsonException exception)
        {
            return (null, false, new RequestProblem(StatusCodes.Status400BadRequest, $"The body is not a GraphQL request in JSON ({exception.Message}). Send a JSON object such as {{\"query\": \"...\", \"variables\": {{}}}}."));
        }
    }

    /// <summary>The body as text, read no further than the size limit.</summary>
    private async Task<(string? Body, RequestProblem? Problem)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = Limits.MaxRequestBytes;
        if (request.ContentLength > limit)
            return (null, TooLarge(request.ContentLength.Value));
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
                return (null, TooLarge(buffer.Length + read));
            buffer.Write(chunk, 0, read);
        }
        return (Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
    }

    private RequestProblem TooLarge(long bytes) => new(
        StatusCodes.Status413PayloadTooLarge,
        $"The request has {bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes or more; the service reads at most {Limits.MaxRequestBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes. " +
        "Send a shorter document (variables and fragments help; a persisted query sends only its hash) or a simpler polygon.",
        ErrorCodes.LimitExceeded);

    private async Task WriteAsync<T>(HttpContext http, int status, string responseType, T result, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = responseType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, cancellationToken);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
