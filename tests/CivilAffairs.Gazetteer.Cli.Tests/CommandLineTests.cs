using CivilAffairs.Gazetteer.Testing;
namespace CivilAffairs.Gazetteer.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task HelpListsEveryCommand()
    {
        var result = await GazetteerProcess.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "db", "migrate", "stats" })
            Assert.Contains(command, result.Output);
    }

    [Fact]
    public async Task DbHelpListsUpDownAndStatus()
    {
        var result = await GazetteerProcess.RunAsync("db", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "up", "down", "status", "connection-string" })
            Assert.Contains(command, result.Output);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("db", "sideways")]
    [InlineData("stats", "--no-such-option")]
    public async Task AMistypedCommandLineIsAUsageErrorThatPointsToHelp(params string[] arguments)
    {
        var result = await GazetteerProcess.RunAsync(arguments);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("gazetteer --help", result.Error);
    }

    [Fact]
    public async Task AMalformedConnectionStringIsReportedByItsVariableWithAnExample()
    {
        var result = await GazetteerProcess.RunAsync(new Dictionary<string, string> { ["GAZETTEER_DB"] = "Host=;Port=abc" }, "stats");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("GAZETTEER_DB is not a valid connection string", result.Error);
        Assert.Contains("Host=HOST;Port=5432", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task AServerThatDoesNotAnswerIsReportedWithWhereItWasLookedFor()
    {
        var port = FreePort.Find();
        var result = await GazetteerProcess.RunAsync(
            new Dictionary<string, string> { ["GAZETTEER_DB"] = $"Host=127.0.0.1;Port={port};Username=postgres;Database=gazetteer" }, "migrate");

        Assert.Equal(ExitCodes.DatabaseUnavailable, result.ExitCode);
        Assert.Contains($"Cannot connect to 127.0.0.1:{port}/gazetteer", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task AnUnusablePortVariableIsAUsageError()
    {
        var result = await GazetteerProcess.RunAsync(new Dictionary<string, string> { ["GAZETTEER_DB_PORT"] = "99999" }, "db", "status");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("GAZETTEER_DB_PORT='99999' is not a usable port", result.Error);
    }

    [Fact]
    public async Task DbDownLeavesADatabaseNamedByGazetteerDbAlone()
    {
        var result = await GazetteerProcess.RunAsync(
            new Dictionary<string, string> { ["GAZETTEER_DB"] = "Host=db.example;Port=5432;Username=u;Database=gazetteer" }, "db", "down");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("nothing is stopped", result.Output);
    }
}
