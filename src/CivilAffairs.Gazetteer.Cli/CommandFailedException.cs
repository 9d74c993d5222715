namespace CivilAffairs.Gazetteer.Cli;

/// <summary>
/// A failure the person at the terminal can act on: the message says what went wrong and
/// what to do next; the exit code is one of <see cref="ExitCodes"/>. Shown without a stack trace.
/// </summary>
internal sealed class CommandFailedException(string message, int exitCode = ExitCodes.Failed, Exception? innerException = null)
    : Exception(message, innerException)
{
    public int ExitCode { get; } = exitCode;
}
