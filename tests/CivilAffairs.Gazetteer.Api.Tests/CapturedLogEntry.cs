using Microsoft.Extensions.Logging;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>One entry of <see cref="CapturedLogs"/>.</summary>
public sealed record CapturedLogEntry(LogLevel Level, string Category, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message} {Exception?.GetType().Name}";
}
