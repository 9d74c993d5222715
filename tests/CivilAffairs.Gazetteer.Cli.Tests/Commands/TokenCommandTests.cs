using CivilAffairs.Gazetteer.Data.Access;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CivilAffairs.Gazetteer.Cli.Tests.Commands;

public sealed class TokenCommandTests
{
    private static readonly string Key = SigningKey.Generate();

    [Fact]
    public async Task ATokenCarriesTheRoleJurisdictionAndSubjectAndIsAcceptedByTheService()
    {
        var result = await GazetteerProcess.RunAsync(new Dictionary<string, string> { [SigningKey.Variable] = Key },
            "token", "--role", "reviewer", "--jurisdiction", "141024", "--subject", "洪洞县民政局审核员", "--expires", "30m");

        Assert.Equal(0, result.ExitCode);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(result.Output.Trim(), AccessTokens.ValidationParameters(Convert.FromBase64String(Key)));
        Assert.True(validation.IsValid, validation.Exception?.Message);
        var token = (JsonWebToken)validation.SecurityToken;
        Assert.Equal("reviewer", token.GetClaim("role").Value);
        Assert.Equal("141024", token.GetClaim("jurisdiction").Value);
        Assert.Equal("洪洞县民政局审核员", token.Subject);
        Assert.InRange(token.ValidTo - DateTime.UtcNow, TimeSpan.FromMinutes(28), TimeSpan.FromMinutes(31));
    }

    [Theory]
    [InlineData("mayor", "141024", "8h", "--role 'mayor' is not a role")]
    [InlineData("reviewer", "14102", "8h", "--jurisdiction '14102' is not a division-code prefix")]
    [InlineData("reviewer", "141024", "forever", "--expires 'forever' is not a duration")]
    public async Task AWrongOptionIsAUsageErrorThatSaysWhatToGive(string role, string jurisdiction, string expires, string message)
    {
        var result = await GazetteerProcess.RunAsync(new Dictionary<string, string> { [SigningKey.Variable] = Key },
            "token", "--role", role, "--jurisdiction", jurisdiction, "--subject", "某人", "--expires", expires);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Output + result.Error);
    }

    [Fact]
    public async Task AMalformedSigningKeyIsAUsageError()
    {
        var result = await GazetteerProcess.RunAsync(new Dictionary<string, string> { [SigningKey.Variable] = "c2hvcnQ=" },
            "token", "--role", "admin", "--jurisdiction", "14", "--subject", "管理员");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("at least 32", result.Output + result.Error);
    }
}
