using CivilAffairs.Gazetteer.Cli.Commands;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("gazetteer");
    config.AddCommand<ImportCommand>("import").WithDescription("Import the real Shanxi data (skipped when already imported).");
});
return await app.RunAsync(args);
