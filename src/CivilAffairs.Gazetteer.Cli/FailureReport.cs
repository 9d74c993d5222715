using Npgsql;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli;

/// <summary>
/// Turns what a command threw into a message on standard error and an exit code: usage errors
/// with a pointer to --help, known failures as written, anything else with its type so it can
/// be reported.
/// </summary>
internal static class FailureReport
{
    private static readonly IAnsiConsole Error = CreateErrorConsole();

    private static IAnsiConsole CreateErrorConsole()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        // Redirected into a log, a message reads better on one line than wrapped at 80 columns.
        if (Console.IsErrorRedirected)
            console.Profile.Width = 1000;
        return console;
    }

    public static int Handle(Exception exception, ITypeResolver? resolver)
    {
        switch (exception)
        {
            case CommandAppException usage:
                if (usage.Pretty is { } pretty)
                    Error.Write(pretty);
                else
                    Error.MarkupLineInterpolated($"[red]Error:[/] {usage.Message}");
                Error.MarkupLine("Run [bold]gazetteer --help[/] to see the commands and their options.");
                return ExitCodes.Usage;
            case CommandFailedException failure:
                Error.MarkupLineInterpolated($"[red]Error:[/] {failure.Message}");
                return failure.ExitCode;
            case OperationCanceledException:
                Error.MarkupLine("[yellow]Cancelled.[/]");
                return ExitCodes.Failed;
            case PostgresException postgres:
                Error.MarkupLineInterpolated($"[red]Database error {postgres.SqlState}:[/] {postgres.MessageText}");
                if (postgres.Detail is { Length: > 0 } detail)
                    Error.MarkupLineInterpolated($"  {detail}");
                return ExitCodes.Failed;
            default:
                Error.MarkupLineInterpolated($"[red]Unexpected error ({exception.GetType().Name}):[/] {exception.Message}");
                Error.MarkupLine("This is a bug in gazetteer; please report it with the command you ran.");
                return ExitCodes.Failed;
        }
    }
}
