using System.ComponentModel;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

internal sealed class DbConnectionStringSettings : CommandSettings
{
    [CommandOption("--admin")]
    [Description("The server's admin connection (database postgres), as the tests need it.")]
    public bool Admin { get; init; }
}
