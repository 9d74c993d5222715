using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Cli.Tests.Commands;

/// <summary>
/// <c>gazetteer import-file</c> run as a user runs it, against a copy of the real registry:
/// exit codes, what is printed, what is written. The places lie in the real 洪洞县 (141024).
/// </summary>
public sealed class ImportFileCommandTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("gazetteer-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task AGoodFileIsImportedAndExitsZero()
    {
        var path = Write("good.csv", "name,category,division_code,lon,lat\n命令行甲,scenic_site,141024,111.68,36.27\n");

        var result = await Run("import-file", path, "--actor", "测试员");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Imported 1 of 1 places", result.Output, StringComparison.Ordinal);
        await using var command = database.DataSource.CreateCommand("SELECT registered_by FROM place WHERE name = '命令行甲'");
        Assert.Equal("测试员", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task AFileWithABadRecordIsRejectedWithItsLineAndExitsOne()
    {
        var path = Write("bad.csv", "name,category,division_code,lon,lat\n命令行乙,scenic_site,141024,111.68,36.27\n命令行丙,scenic_site,141024,abc,36.27\n");

        var result = await Run("import-file", path);

        Assert.Equal(ExitCodes.Failed, result.ExitCode);
        Assert.Contains("line 3: lon 'abc' is not a number", result.Output, StringComparison.Ordinal);
        Assert.Contains("Nothing imported", result.Error, StringComparison.Ordinal);
        await using var command = database.DataSource.CreateCommand("SELECT count(*) FROM place WHERE name IN ('命令行乙', '命令行丙')");
        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task SkipInvalidImportsTheGoodRecordsWritesTheRejectsAndExitsZero()
    {
        var path = Write("mixed.csv", "name,category,division_code,lon,lat\n命令行丁,scenic_site,141024,111.68,36.27\n命令行戊,scenic_site,141024,abc,36.27\n");
        var rejects = Path.Combine(folder, "rejected.csv");

        var result = await Run("import-file", path, "--skip-invalid", "--rejects", rejects);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Imported 1 of 2 places", result.Output, StringComparison.Ordinal);
        Assert.Contains("命令行戊", await File.ReadAllTextAsync(rejects), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no file", new[] { "import-file", "{folder}/missing.csv" }, "No file at")]
    [InlineData("unknown format", new[] { "import-file", "{folder}/good.csv", "--format", "xlsx" }, "--format must be csv or geojson")]
    [InlineData("a number as format", new[] { "import-file", "{folder}/good.csv", "--format", "1" }, "--format must be csv or geojson")]
    [InlineData("unknown extension", new[] { "import-file", "{folder}/places.txt" }, "--format csv|geojson")]
    [InlineData("rejects without skip-invalid", new[] { "import-file", "{folder}/good.csv", "--rejects", "r.csv" }, "--rejects only applies with --skip-invalid")]
    [InlineData("no path", new[] { "import-file" }, "PATH")]
    [InlineData("unknown option", new[] { "import-file", "{folder}/good.csv", "--skip-invalud" }, "skip-invalud")]
    public async Task AUsageMistakeExitsTwoWithAdvice(string what, string[] args, string message)
    {
        Write("good.csv", "name,category,division_code,lon,lat\n");
        Write("places.txt", "name,category,division_code,lon,lat\n");

        var result = await Run(args.Select(a => a.Replace("{folder}", folder, StringComparison.Ordinal)).ToArray());

        Assert.True(result.ExitCode == ExitCodes.Usage, $"{what}: exit {result.ExitCode}, {result.Error}");
        Assert.True(result.Error.Contains(message, StringComparison.Ordinal), $"{what}: {result.Error}");
        Assert.Contains("gazetteer --help", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnreachableDatabaseExitsThreeAndSaysWhereItLooked()
    {
        var path = Write("good.csv", "name,category,division_code,lon,lat\n命令行己,scenic_site,141024,111.68,36.27\n");
        var port = FreePort.Find();

        var result = await GazetteerProcess.RunAsync(
            new Dictionary<string, string> { ["GAZETTEER_DB"] = $"Host=127.0.0.1;Port={port};Username=postgres;Database=gazetteer" }, "import-file", path);

        Assert.Equal(ExitCodes.DatabaseUnavailable, result.ExitCode);
        Assert.Contains($"Cannot connect to 127.0.0.1:{port}/gazetteer", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    private Task<ProcessResult> Run(params string[] args) =>
        GazetteerProcess.RunAsync(new Dictionary<string, string> { ["GAZETTEER_DB"] = database.ConnectionString }, args);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
