using CivilAffairs.Gazetteer.Cli.Commands;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Tests.Commands;

public sealed class SampleCommandTests
{
    [Theory]
    [InlineData("full", true)]
    [InlineData("test", true)]
    [InlineData("TEST", true)]
    [InlineData("huge", false)]
    [InlineData("", false)]
    public void OnlyTheKnownScalesAreAccepted(string scale, bool valid)
    {
        var result = new SampleSettings { Scale = scale }.Validate();

        Assert.Equal(valid, result.Successful);
        if (!valid)
            Assert.Contains("use 'full' (390,000 places) or 'test'", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownScaleStopsTheCommandBeforeItTouchesAnyDatabase()
    {
        var app = new CommandApp<SampleCommand>();

        var exit = await app.RunAsync(["--scale", "huge", "--seed", "3"]);

        Assert.NotEqual(0, exit);
    }
}
