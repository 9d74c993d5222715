using CivilAffairs.Gazetteer.Data.Naming;
using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Naming;
using CivilAffairs.Gazetteer.Testing;
using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Tests.Naming;

/// <summary>The registry rules over the real 2023 names (and the test sample): uniqueness and homophones in their scopes, pending proposals, facility names, protected names.</summary>
public sealed class NameCheckerTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>
{
    private NameChecker Checker => new(database.DataSource);

    private async Task<NameCheckReport> CheckAsync(string name, string category, string division, ProposalKind kind = ProposalKind.Name, long? target = null, string? romanization = null) =>
        await Checker.CheckAsync(new NameCheckRequest(name, category, DivisionCode.Parse(division), kind, target, romanization));

    private static RuleResult Result(NameCheckReport report, NamingRule rule) => Assert.Single(report.Results, r => r.Rule == rule);

    [Fact]
    public async Task EveryRuleAnswersOnceInTheOrderOfTheRules()
    {
        var report = await CheckAsync("贾家庄村", "village_committee", "141024100");

        Assert.Equal(NamingRules.All, report.Results.Select(r => r.Rule));
        Assert.All(report.Results, r => Assert.False(string.IsNullOrWhiteSpace(r.Explanation)));
    }

    [Fact]
    public async Task PingluDistrictAndPingluCountyAreHomophonesNationwide()
    {
        // 平鲁区 (朔州) and 平陆县 (运城) both read Pinglu: a new county-level 平路县 sounds like both.
        var report = await CheckAsync("平路县", "county", "1408");

        var homophone = Result(report, NamingRules.Homophone);
        Assert.Equal(CheckOutcome.Warning, homophone.Outcome);
        Assert.Equal(["平陆县", "平鲁区"], homophone.Conflicts.Select(c => c.Name).Order());
        Assert.Contains("pinglu", homophone.Explanation, StringComparison.Ordinal);
        Assert.Contains("Shanxi only", homophone.Explanation, StringComparison.Ordinal);
        Assert.Equal(CheckOutcome.Pass, Result(report, NamingRules.Unique).Outcome);
    }

    [Fact]
    public async Task ACountyLevelSpecificInUseIsADuplicateWhateverItsGeneric()
    {
        // 平陆区 would repeat the specific of 平陆县: divisions change 县 to 区, the specific must stay unique.
        var duplicate = Result(await CheckAsync("平陆区", "county", "1408"), NamingRules.Unique);
        var fresh = await CheckAsync("平安县", "county", "1408");

        Assert.Equal(CheckOutcome.Violation, duplicate.Outcome);
        Assert.Equal("平陆县", Assert.Single(duplicate.Conflicts).Name);
        Assert.Equal(CheckOutcome.Pass, Result(fresh, NamingRules.Unique).Outcome);
        Assert.Equal(CheckOutcome.Pass, Result(fresh, NamingRules.Homophone).Outcome);
    }

    [Fact]
    public async Task ATownshipNameIsUniqueWithinTheProvince()
    {
        // 大槐树镇 is in 洪洞县; a 大槐树乡 in 灵石县 (140729) repeats its specific in the province.
        var elsewhere = Result(await CheckAsync("大槐树乡", "township", "140729"), NamingRules.Unique);

        Assert.Equal(CheckOutcome.Violation, elsewhere.Outcome);
        var conflict = Assert.Single(elsewhere.Conflicts);
        Assert.Equal(("大槐树镇", "141024100000", ConflictSource.Place), (conflict.Name, conflict.DivisionCode, conflict.Source));
        Assert.Equal(CheckOutcome.Pass, Result(await CheckAsync("小槐树乡", "township", "140729"), NamingRules.Unique).Outcome);
    }

    [Fact]
    public async Task AVillageSeatTakenInOneCountyIsFreeInAnother()
    {
        // 阳高县 (140221) has a 东关村; 洪洞县 (141024) has none.
        var taken = Result(await CheckAsync("东关村", "village_committee", "140221100"), NamingRules.Unique);
        var free = await CheckAsync("东关村", "village_committee", "141024100");

        Assert.Equal(CheckOutcome.Violation, taken.Outcome);
        Assert.All(taken.Conflicts, c => Assert.StartsWith("140221", c.DivisionCode, StringComparison.Ordinal));
        Assert.Contains(taken.Conflicts, c => c.Name == "东关村");
        Assert.Equal(CheckOutcome.Pass, Result(free, NamingRules.Unique).Outcome);
        Assert.Equal(CheckOutcome.Pass, Result(free, NamingRules.Homophone).Outcome);
    }

    [Fact]
    public async Task ACommitteeNameIsComparedAsThePlaceItNames()
    {
        // 东关村村民委员会 names the village 东关村.
        var unique = Result(await CheckAsync("东关村村民委员会", "village_committee", "140221"), NamingRules.Unique);

        Assert.Equal(CheckOutcome.Violation, unique.Outcome);
    }

    [Fact]
    public async Task APendingProposalClaimsItsNameAndAWithdrawnOneDoesNot()
    {
        await ExecuteAsync("""
            INSERT INTO proposal (kind, state, proposed_name, pinyin_key, category, division_code, applicant, provenance)
            VALUES ('name', 'review', '槐荫新村', 'huaiyinxincun', 'village_committee', '141024100000', 'test', 'collected'),
                   ('name', 'withdrawn', '槐花新村', 'huaihuaxincun', 'village_committee', '141024100000', 'test', 'collected')
            """);

        var pending = await CheckAsync("槐荫新村", "village_committee", "141024100");
        var soundsAlike = Result(await CheckAsync("淮音新村", "village_committee", "141024"), NamingRules.Homophone);
        var withdrawn = await CheckAsync("槐花新村", "village_committee", "141024100");

        var conflict = Assert.Single(Result(pending, NamingRules.Unique).Conflicts);
        Assert.Equal((ConflictSource.Proposal, "review"), (conflict.Source, conflict.State));
        Assert.False(pending.Ok);
        Assert.Equal(ConflictSource.Proposal, Assert.Single(soundsAlike.Conflicts).Source);
        Assert.Equal(CheckOutcome.Pass, Result(withdrawn, NamingRules.Unique).Outcome);
    }

    [Fact]
    public async Task AProposalDoesNotConflictWithItself()
    {
        var id = await ScalarAsync<long>("""
            INSERT INTO proposal (kind, state, proposed_name, pinyin_key, category, division_code, applicant, provenance)
            VALUES ('name', 'submitted', '槐北新村', 'huaibeixincun', 'village_committee', '141024100000', 'test', 'collected') RETURNING id
            """);

        var itself = await Checker.CheckAsync(new NameCheckRequest("槐北新村", "village_committee", DivisionCode.Parse("141024100"), ProposalId: id));

        Assert.Equal(CheckOutcome.Pass, Result(itself, NamingRules.Unique).Outcome);
    }

    [Fact]
    public async Task StreetsOfACitysDistrictsShareOneBuiltUpArea()
    {
        var id = await ScalarAsync<long>("SELECT id FROM place WHERE code = '140105000000'");
        await ExecuteAsync($"""
            INSERT INTO place (name, specific, generic, category, pinyin_key, division_code, geom, point, status, provenance)
            SELECT '试验东路', '试验东', '路', 'road', 'shiyandonglu', '140105001000', point, point, 'current', 'collected' FROM place WHERE id = {id}
            """);

        // 小店区 (140105) and 迎泽区 (140106) are districts of 太原; 清徐县 (140121) is a county of its own.
        Assert.Equal(CheckOutcome.Violation, Result(await CheckAsync("试验东路", "road", "140106"), NamingRules.Unique).Outcome);
        Assert.Equal(CheckOutcome.Pass, Result(await CheckAsync("试验东路", "road", "140121"), NamingRules.Unique).Outcome);
    }

    [Fact]
    public async Task AFacilityFollowsTheLocalPlaceName()
    {
        var followed = Result(await CheckAsync("大槐树大桥", "bridge", "141024100"), NamingRules.FacilityName);
        var unrelated = Result(await CheckAsync("幸福大桥", "bridge", "141024100"), NamingRules.FacilityName);

        Assert.Equal(CheckOutcome.Pass, followed.Outcome);
        Assert.Equal(CheckOutcome.Warning, unrelated.Outcome);
        Assert.Contains("大槐树", unrelated.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenamingAProtectedNameNeedsProtectionMeasuresFirst()
    {
        var bare = await PlaceIdAsync("141024100207");
        var measured = await PlaceIdAsync("141024100208");
        var unlisted = await PlaceIdAsync("141024100209");
        await ExecuteAsync($"""
            INSERT INTO historical_name (name, list_level, list_batch, list_category, protection_measures, place_id, division_code, provenance)
            VALUES ('李堡村', 'county', '1', '古村落', '{"{}"}', {bare}, '141024100207', 'collected'),
                   ('辛堡村', 'county', '1', '古村落', '{"{设立地名标志,派生命名}"}', NULL, '141024100208', 'collected')
            """);

        var violation = Result(await CheckAsync("新李村", "village_committee", "141024100", ProposalKind.Rename, bare), NamingRules.ProtectedName);
        var warning = Result(await CheckAsync("新辛村", "village_committee", "141024100", ProposalKind.Rename, measured), NamingRules.ProtectedName);
        var pass = Result(await CheckAsync("新周壁村", "village_committee", "141024100", ProposalKind.Rename, unlisted), NamingRules.ProtectedName);

        Assert.Equal(CheckOutcome.Violation, violation.Outcome);
        Assert.Contains("李堡村", violation.Explanation, StringComparison.Ordinal);
        Assert.Equal(CheckOutcome.Warning, warning.Outcome);
        Assert.Contains("设立地名标志", warning.Explanation, StringComparison.Ordinal);
        Assert.Equal(CheckOutcome.Pass, pass.Outcome);
    }

    [Fact]
    public async Task ARenamedPlaceDoesNotConflictWithItsOwnName()
    {
        var place = await PlaceIdAsync("141024100207");

        var same = await CheckAsync("李堡村", "village_committee", "141024100", ProposalKind.Rename, place);

        Assert.Equal(CheckOutcome.Pass, Result(same, NamingRules.Unique).Outcome);
    }

    [Theory]
    [InlineData("149999", NameCheckProblem.NotFound, "149999")]
    [InlineData("1410", NameCheckProblem.BadInput, "county")]
    public async Task AnUnknownOrTooCoarseDivisionIsRefused(string division, NameCheckProblem problem, string said)
    {
        var error = await Assert.ThrowsAsync<NameCheckInputException>(() => CheckAsync("贾家庄村", "village_committee", division));

        Assert.Equal(problem, error.Problem);
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownCategoryOrTargetIsRefused()
    {
        var category = await Assert.ThrowsAsync<NameCheckInputException>(() => CheckAsync("贾家庄村", "castle", "141024"));
        var target = await Assert.ThrowsAsync<NameCheckInputException>(() => CheckAsync("贾家庄村", "village_committee", "141024", ProposalKind.Rename, 999_999_999));
        var missing = await Assert.ThrowsAsync<NameCheckInputException>(() => CheckAsync("贾家庄村", "village_committee", "141024", ProposalKind.Rename));

        Assert.Equal((NameCheckProblem.BadInput, NameCheckProblem.NotFound, NameCheckProblem.BadInput), (category.Problem, target.Problem, missing.Problem));
        Assert.Contains("castle", category.Message, StringComparison.Ordinal);
    }

    private async Task<long> PlaceIdAsync(string code) => await ScalarAsync<long>($"SELECT id FROM place WHERE code = '{code}'");

    private async Task ExecuteAsync(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
