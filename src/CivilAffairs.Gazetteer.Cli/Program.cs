using CivilAffairs.Gazetteer.Cli;
using CivilAffairs.Gazetteer.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

// Redirected into a log or a script, a line reads better whole than wrapped at 80 columns.
if (Console.IsOutputRedirected)
    AnsiConsole.Profile.Width = 1000;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("gazetteer");
    config.UseStrictParsing();
    config.SetExceptionHandler(FailureReport.Handle);
    config.AddBranch("db", db =>
    {
        db.SetDescription("The local PostgreSQL + PostGIS database (or the one GAZETTEER_DB names).");
        db.AddCommand<DbUpCommand>("up").WithDescription("Create if needed and start the local database; print its connection string.");
        db.AddCommand<DbDownCommand>("down").WithDescription("Stop the local database.");
        db.AddCommand<DbStatusCommand>("status").WithDescription("Say whether the database runs and where (exit code 3 when it does not).");
        db.AddCommand<DbConnectionStringCommand>("connection-string").WithDescription("Print the connection string, for scripts.");
        db.AddCommand<DbReplicaUpCommand>("replica-up").WithDescription("Copy the local database into a streaming read replica (first time), start it, print its connection string.");
        db.AddCommand<DbReplicaDownCommand>("replica-down").WithDescription("Stop the local read replica.");
    });
    config.AddCommand<MigrateCommand>("migrate").WithDescription("Apply the schema migrations that are missing.");
    config.AddCommand<StatsCommand>("stats").WithDescription("Count the registry: place names, historical names, proposals, POIs, divisions.");
    config.AddCommand<GeocodeCommand>("geocode").WithDescription("Geocode a CSV file of addresses: gazetteer geocode IN.csv -o OUT.csv.");
    config.AddCommand<ImportCommand>("import").WithDescription("Import the real Shanxi data (skipped when already imported).");
    config.AddCommand<SampleCommand>("sample").WithDescription("Generate the full-scale sample (provenance 'sample') into the imported registry.");
    config.AddCommand<TokenCommand>("token").WithDescription("Print an access token for local use: gazetteer token --role reviewer --jurisdiction 141024 --subject NAME.");
    config.AddCommand<ExportLpfCommand>("export-lpf").WithDescription("Export the historical names in Linked Places Format (GeoJSON-LD): gazetteer export-lpf -o FILE.");
    config.AddCommand<ExportCommand>("export").WithDescription("Export places as GeoJSON or CSV, with the filters of the places query: gazetteer export --format geojson -o places.geojson --division 141024.");
    config.AddCommand<ImportFileCommand>("import-file").WithDescription("Import a department place file (CSV or GeoJSON; docs/import-formats.md).");
});
return await app.RunAsync(args);
