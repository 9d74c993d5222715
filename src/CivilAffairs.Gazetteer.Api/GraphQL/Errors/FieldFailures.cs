using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Data.Places;
using GraphQL.Execution;
using GraphQLParser.Exceptions;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Errors;

/// <summary>What the service does with a field that threw: log it, and after a database outage drop the pooled connections.</summary>
internal static class FieldFailures
{
    public static void Handle(UnhandledExceptionContext context)
    {
        // Mistakes of the caller found deep in a query are answered as BAD_USER_INPUT, not logged as failures.
        if (context.OriginalException is InvalidPlaceQueryException or PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire })
            return;
        // A document nested past the parser's own guard is answered LIMIT_EXCEEDED; it is the caller's mistake, not ours.
        if (context.OriginalException is GraphQLMaxDepthExceededException)
            return;
        // A client that went away (or a host shutting down) has its request's services disposed already:
        // there is nobody to answer and nothing to log.
        if (context.ExecutionOptions.CancellationToken.IsCancellationRequested)
            return;
        try
        {
            Record(context);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static void Record(UnhandledExceptionContext context)
    {
        var services = context.ExecutionOptions.RequestServices;
        var path = context.FieldContext?.Path is { } p ? string.Join('.', p) : "(request)";
        if (!Unavailability.Explains(context.OriginalException))
        {
            services?.GetService<ILogger<GazetteerSchema>>()?.LogError(context.OriginalException, "GraphQL field {Path} failed", path);
            return;
        }
        services?.GetService<ILogger<GazetteerSchema>>()?.LogWarning("GraphQL field {Path}: database unavailable ({Reason})", path, context.OriginalException.Message);
        // After a restart every idle pooled connection is dead; without this each would fail one more request.
        services?.GetService<NpgsqlDataSource>()?.Clear();
        services?.GetKeyedService<NpgsqlDataSource>(GazetteerDataSource.ReadsKey)?.Clear();
    }
}
