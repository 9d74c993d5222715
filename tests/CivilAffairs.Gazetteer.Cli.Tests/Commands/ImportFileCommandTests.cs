using CivilAffairs.Gazetteer.Cli.Commands;
using CivilAffairs.Gazetteer.Data.Database;
using CivilAffairs.Gazetteer.Testing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Tests.Commands;

/// <summary>
/// <c>gazetteer import-file</c> as a user runs it, against a real PostGIS: exit codes and
/// what is printed. The command reads GAZETTEER_DB and writes to AnsiConsole.Console, both
/// process-wide, so this is the only class in the assembly that sets them.
/// </summary>
public sealed class ImportFileCommandTests : IClassFixture<GazetteerDatabase>, IAsyncLifetime, IDisposable
{
    private readonly GazetteerDatabase database;
    private readonly StringWriter output = new();
    private readonly string folder = Directory.CreateTempSubdirectory("gazetteer-cli-").FullName;

    public ImportFileCommandTests(GazetteerDatabase database)
    {
        this.database = database;
        Environment.SetEnvironmentVariable(GazetteerDataSource.ConnectionStringVariable, database.ConnectionString);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 400;
        AnsiConsole.Console = console;
    }

    public async Task InitializeAsync()
    {
        await using var command = database.DataSource.CreateCommand(
            """
            INSERT INTO place_category (code, name_zh, name_en, census_class)
            VALUES ('scenic_site', '旅游景点', 'scenic site', 'memorials and scenic sites') ON CONFLICT DO NOTHING;
            INSERT INTO division (code, level, name, parent_code)
            SELECT '141024000000', 'county', '洪洞县', '141000000000'
            WHERE NOT EXISTS (SELECT 1 FROM division WHERE code = '141024000000');
            """);
        await command.ExecuteNonQueryAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task AGoodFileIsImportedAndExitsZero()
    {
        var path = Write("good.csv", "name,category,division_code,lon,lat\n命令行甲,scenic_site,141024,111.68,36.27\n");

        var exit = await Run("import-file", path, "--actor", "测试员");

        Assert.Equal(ImportFileCommand.Imported, exit);
        Assert.Contains("Imported 1 of 1 places", output.ToString(), StringComparison.Ordinal);
        await using var command = database.DataSource.CreateCommand("SELECT registered_by FROM place WHERE name = '命令行甲'");
        Assert.Equal("测试员", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task AFileWithABadRecordIsRejectedWithItsLineAndExitsOne()
    {
        var path = Write("bad.csv", "name,category,division_code,lon,lat\n命令行乙,scenic_site,141024,111.68,36.27\n命令行丙,scenic_site,141024,abc,36.27\n");

        var exit = await Run("import-file", path);

        Assert.Equal(ImportFileCommand.Rejected, exit);
        Assert.Contains("line 3: lon 'abc' is not a number", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nothing imported", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipInvalidImportsTheGoodRecordsWritesTheRejectsAndExitsZero()
    {
        var path = Write("mixed.csv", "name,category,division_code,lon,lat\n命令行丁,scenic_site,141024,111.68,36.27\n命令行戊,scenic_site,141024,abc,36.27\n");
        var rejects = Path.Combine(folder, "rejected.csv");

        var exit = await Run("import-file", path, "--skip-invalid", "--rejects", rejects);

        Assert.Equal(ImportFileCommand.Imported, exit);
        Assert.Contains("Imported 1 of 2 places", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("命令行戊", await File.ReadAllTextAsync(rejects), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no file", new[] { "import-file", "{folder}/missing.csv" }, "No file at")]
    [InlineData("unknown format", new[] { "import-file", "{folder}/good.csv", "--format", "xlsx" }, "--format must be csv or geojson")]
    [InlineData("unknown extension", new[] { "import-file", "{folder}/places.txt" }, "--format csv|geojson")]
    [InlineData("rejects without skip-invalid", new[] { "import-file", "{folder}/good.csv", "--rejects", "r.csv" }, "--rejects only applies with --skip-invalid")]
    public async Task AUsageMistakeExitsTwoWithAdvice(string what, string[] args, string message)
    {
        Write("good.csv", "name,category,division_code,lon,lat\n");
        Write("places.txt", "name,category,division_code,lon,lat\n");

        var exit = await Run(args.Select(a => a.Replace("{folder}", folder, StringComparison.Ordinal)).ToArray());

        Assert.Equal(ImportFileCommand.Usage, exit);
        Assert.True(output.ToString().Contains(message, StringComparison.Ordinal), $"{what}: {output}");
    }

    private static Task<int> Run(params string[] args)
    {
        var app = new CommandApp();
        app.Configure(config => config.AddCommand<ImportFileCommand>("import-file"));
        return app.RunAsync(args);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
