using System.Net.Http.Headers;
using CivilAffairs.Gazetteer.Data.Access;
using CivilAffairs.Gazetteer.Workflow;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Tests.Workflow;

/// <summary>
/// The API over the real data and the test sample, with a signing key of the test's own, a clock
/// the test moves, and tokens for any role and jurisdiction.
/// </summary>
public class WorkflowApiFixture : ApiFixture
{
    public static readonly byte[] Key = Convert.FromBase64String(SigningKey.Generate());

    /// <summary>洪洞县, in 临汾市: the county the tests act in.</summary>
    public const string County = "141024";

    /// <summary>翼城县, a neighbouring county: out of a 洪洞县 token's jurisdiction.</summary>
    public const string OtherCounty = "141022";

    public TestClock Clock { get; } = new(new DateTimeOffset(2025, 3, 3, 2, 0, 0, TimeSpan.Zero));

    protected override bool AddsSampleHierarchy => false;

    protected virtual int WritesPerWindow => 100_000;

    protected override void Configure(IWebHostBuilder builder) => builder
        .UseSetting("Auth:SigningKey", Convert.ToBase64String(Key))
        .UseSetting("Auth:WritesPerWindow", WritesPerWindow.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .UseSetting("Auth:ExpensiveReadsPerWindow", "100000")
        .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));

    public string Token(Actor actor, TimeSpan? lifetime = null) => AccessTokens.Issue(Key, actor, DateTimeOffset.UtcNow, lifetime ?? TimeSpan.FromHours(1));

    public GraphQLClient As(Actor actor) => WithToken(Token(actor));

    public GraphQLClient WithToken(string? token)
    {
        var http = Factory.CreateClient();
        if (token is not null)
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(http);
    }

    public GraphQLClient Anonymous() => WithToken(null);

    public static Actor Collector(string jurisdiction = County, string subject = "洪洞县采集员01") => new(subject, Role.Collector, jurisdiction);
    public static Actor Reviewer(string jurisdiction = County) => new("洪洞县民政局审核员", Role.Reviewer, jurisdiction);
    public static Actor Approver(string jurisdiction = County) => new("洪洞县人民政府", Role.Approver, jurisdiction);
    public static Actor Admin() => new("山西省民政厅管理员", Role.Admin, "14");

    public async Task<T> ScalarAsync<T>(string sql, params object[] values)
    {
        await using var command = Database.DataSource.CreateCommand(sql);
        foreach (var value in values)
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A current village of <paramref name="county"/> with a point, from the real hierarchy.</summary>
    public Task<string> VillageAsync(string county = County, int skip = 0) =>
        ScalarAsync<string>("SELECT code FROM division WHERE level = 'village' AND valid_to IS NULL AND point IS NOT NULL AND code LIKE $1 || '%' ORDER BY code OFFSET $2 LIMIT 1",
            county, skip);
}
