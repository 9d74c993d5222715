using CivilAffairs.Gazetteer.Data.Access;
using CivilAffairs.Gazetteer.Workflow;
using Spectre.Console.Cli;

namespace CivilAffairs.Gazetteer.Cli.Commands;

/// <summary>
/// `gazetteer token --role R --jurisdiction CODE --subject NAME [--expires 8h]`: prints an access
/// token for local use, signed with the key the API checks (GAZETTEER_SIGNING_KEY or .local/signing-key).
/// </summary>
internal sealed class TokenCommand : AsyncCommand<TokenSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, TokenSettings settings, CancellationToken cancellationToken)
    {
        byte[] key;
        try
        {
            key = SigningKey.Load()
                ?? throw new CommandFailedException(
                    $"No signing key: set {SigningKey.Variable}, or start ./run.sh once (it creates .local/signing-key).", ExitCodes.Usage);
        }
        catch (FormatException e)
        {
            throw new CommandFailedException(e.Message, ExitCodes.Usage);
        }
        Actor.TryParseRole(settings.Role, out var role);
        var actor = new Actor(settings.Subject.Trim(), role, settings.Jurisdiction);
        Console.WriteLine(AccessTokens.Issue(key, actor, DateTimeOffset.UtcNow, settings.Lifetime));
        return Task.FromResult(ExitCodes.Success);
    }
}
