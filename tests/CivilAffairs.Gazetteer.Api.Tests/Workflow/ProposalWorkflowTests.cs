using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Workflow;
using static CivilAffairs.Gazetteer.Api.Tests.Workflow.WorkflowApiFixture;

namespace CivilAffairs.Gazetteer.Api.Tests.Workflow;

public sealed class ProposalWorkflowTests(WorkflowApiFixture fixture) : IClassFixture<WorkflowApiFixture>
{
    private readonly Proposals proposals = new(fixture);

    [Fact]
    public async Task ANamingProposalWalksTheWholeWorkflowAndBecomesAStandardPlaceWithItsHistory()
    {
        var name = Proposals.UniqueName("古槐");
        var submitted = await proposals.SubmitNamingAsync(name);
        Assert.Equal("SUBMITTED", submitted["state"]!.GetValue<string>());
        var placesBefore = await fixture.ScalarAsync<long>("SELECT count(*) FROM place WHERE name = $1", name);

        var signed = await proposals.DriveToAsync(submitted, ProposalState.Signed);

        Assert.Equal(0, placesBefore);
        Assert.Equal(
            ["DRAFT", "SUBMITTED", "ACCEPTED", "ASSESSING", "REVIEW", "APPROVED", "FILED", "ANNOUNCED", "STANDARD", "SIGNED"],
            signed["history"]!.AsArray().Select(e => e!["to"]!.GetValue<string>()));
        Assert.Equal(["assessment", "expert_review", "public_consultation"],
            signed["history"]![4]!["reports"]!.AsArray().Select(r => r!["kind"]!.GetValue<string>()));
        Assert.Equal("洪洞县人民政府", signed["history"]![5]!["actor"]!.GetValue<string>());
        var place = signed["place"]!;
        Assert.Equal(name, place["name"]!.GetValue<string>());
        Assert.Equal("CURRENT", place["status"]!.GetValue<string>());
        Assert.Equal(1, await fixture.ScalarAsync<long>("SELECT count(*) FROM place WHERE name = $1 AND status = 'current' AND provenance = 'official'", name));
        Assert.True(await fixture.ScalarAsync<bool>(
            "SELECT approval_date IS NOT NULL AND announcement_date IS NOT NULL AND NOT geom_derived FROM place WHERE id = $1", long.Parse(place["id"]!.GetValue<string>())));
        Assert.All(signed["deadlines"]!.AsArray(), d => Assert.True(d!["met"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task APlaceCreatedAtStandardIsAuditedAndBecomesSearchable()
    {
        var name = Proposals.UniqueName("石碾");
        var standard = await proposals.DriveToAsync(await proposals.SubmitNamingAsync(name), ProposalState.Standard);
        var placeId = standard["place"]!["id"]!.GetValue<string>();

        var history = (await fixture.Anonymous().DataAsync("query($id: ID!) { history(entity: \"place\", id: $id) { op actor after } }", new { id = placeId }))["history"]!.AsArray();
        Assert.Single(history);
        Assert.Equal("insert", history[0]!["op"]!.GetValue<string>());
        Assert.Equal("洪洞县民政局审核员", history[0]!["actor"]!.GetValue<string>());
        Assert.Contains(name, history[0]!["after"]!.GetValue<string>());
        var proposalLog = (await fixture.Anonymous().DataAsync("query($id: ID!) { history(entity: \"proposal\", id: $id) { op before after } }",
            new { id = standard["id"]!.GetValue<string>() }))["history"]!.AsArray();
        Assert.Equal(8, proposalLog.Count);     // the submission, then seven steps to STANDARD
        Assert.Null(proposalLog[0]!["before"]);
        Assert.Contains("\"announced\"", proposalLog[^1]!["before"]!.GetValue<string>());

        // The search index follows change_log: the new place is found by its name.
        JsonArray hits = [];
        for (var attempt = 0; attempt < 100 && hits.Count == 0; attempt++)
        {
            await Task.Delay(100);
            hits = (await fixture.Anonymous().DataAsync("query($t: String!) { search(text: $t) { edges { node { place { id } } } } }", new { t = name }))["search"]!["edges"]!.AsArray();
        }
        Assert.Contains(hits, h => h!["node"]!["place"]!["id"]!.GetValue<string>() == placeId);
    }

    [Fact]
    public async Task ARenameAtStandardRenamesThePlaceAndKeepsTheFormerNameInOneStep()
    {
        var (placeId, oldName, version) = await CurrentPlaceAsync(0);
        var newName = Proposals.UniqueName("新兴");
        var answer = await proposals.SubmitAsync(Collector(), new { kind = "RENAME", proposedName = newName, category = "natural_village", divisionCode = County, target = placeId.ToString() });
        Assert.True(answer.Errors is null, answer.Body);

        var standard = await proposals.DriveToAsync(answer.Json["data"]!["submitProposal"]!, ProposalState.Standard);

        var place = standard["place"]!;
        Assert.Equal(placeId.ToString(), place["id"]!.GetValue<string>());
        Assert.Equal(newName, place["name"]!.GetValue<string>());
        Assert.Equal(version + 1, place["version"]!.GetValue<int>());
        Assert.Contains(oldName, place["formerNames"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()));
        Assert.Equal(1, await fixture.ScalarAsync<long>(
            "SELECT count(*) FROM change_log WHERE entity = 'place' AND entity_id = $1 AND op = 'update' AND before ->> 'name' = $2 AND after ->> 'name' = $3",
            placeId.ToString(), oldName, newName));
    }

    [Fact]
    public async Task ARetirementAtStandardEndsThePlaceAndKeepsIt()
    {
        var (placeId, name, _) = await CurrentPlaceAsync(1);
        var answer = await proposals.SubmitAsync(Collector(), new { kind = "RETIRE", category = "natural_village", divisionCode = County, target = placeId.ToString() });
        Assert.True(answer.Errors is null, answer.Body);
        Assert.Equal(name, answer.Json["data"]!["submitProposal"]!["proposedName"]!.GetValue<string>());

        var standard = await proposals.DriveToAsync(answer.Json["data"]!["submitProposal"]!, ProposalState.Standard);

        Assert.Equal("RETIRED", standard["place"]!["status"]!.GetValue<string>());
        Assert.Equal("2025-03-03", (await fixture.ScalarAsync<DateOnly>("SELECT valid_to FROM place WHERE id = $1", placeId)).ToString("yyyy-MM-dd"));
        Assert.Equal(1, await fixture.ScalarAsync<long>("SELECT count(*) FROM change_log WHERE entity = 'place' AND entity_id = $1 AND op = 'retire'", placeId.ToString()));
    }

    [Fact]
    public async Task AStepOutOfOrderIsRefusedAndChangesNothing()
    {
        var submitted = await proposals.SubmitNamingAsync();

        var answer = await proposals.StepAsync(Admin(), submitted, ProposalState.Approved);

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("SUBMITTED and cannot go to APPROVED", answer.FirstMessage);
        Assert.Contains("ACCEPTED", answer.FirstMessage);
        var after = await proposals.ReadAsync(submitted);
        Assert.Equal("SUBMITTED", after["state"]!.GetValue<string>());
        Assert.Equal(submitted["version"]!.GetValue<int>(), after["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task AStepFromAStaleVersionIsRefusedWithConflictNeverALostUpdate()
    {
        var submitted = await proposals.SubmitNamingAsync();
        var accepted = await proposals.MoveAsync(Reviewer(), submitted, ProposalState.Accepted);

        // A second reviewer still holds the version read before the acceptance.
        var stale = await proposals.StepAsync(Reviewer(), accepted, ProposalState.Rejected, note: "重名", version: submitted["version"]!.GetValue<int>());

        Assert.Equal("CONFLICT", stale.FirstCode);
        Assert.Contains("Read it again", stale.FirstMessage);
        var after = await proposals.ReadAsync(submitted);
        Assert.Equal("ACCEPTED", after["state"]!.GetValue<string>());
        Assert.Equal(3, after["history"]!.AsArray().Count);
    }

    [Fact]
    public async Task ConcurrentApprovalsOfOneProposalResolveToExactlyOne()
    {
        var review = await proposals.DriveToAsync(await proposals.SubmitNamingAsync(), ProposalState.Review);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => proposals.StepAsync(Approver(), review, ProposalState.Approved)));

        Assert.Single(answers, a => a.Errors is null);
        Assert.All(answers.Where(a => a.Errors is not null), a => Assert.Equal("CONFLICT", a.FirstCode));
        var id = long.Parse(review["id"]!.GetValue<string>());
        Assert.Equal(1, await fixture.ScalarAsync<long>("SELECT count(*) FROM proposal_event WHERE proposal_id = $1 AND to_state = 'approved'", id));
        Assert.Equal(review["version"]!.GetValue<int>() + 1, await fixture.ScalarAsync<int>("SELECT version FROM proposal WHERE id = $1", id));
    }

    [Fact]
    public async Task ReviewNeedsTheThreeReports()
    {
        var assessing = await proposals.DriveToAsync(await proposals.SubmitNamingAsync(), ProposalState.Assessing);

        var answer = await proposals.StepAsync(Reviewer(), assessing, ProposalState.Review, reports: [Proposals.AllReports[0]]);

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains("expert_review, public_consultation", answer.FirstMessage);
    }

    [Fact]
    public async Task ATownshipNameIsApprovedByTheProvinceNotByTheCounty()
    {
        var township = await fixture.ScalarAsync<string>("SELECT code FROM division WHERE level = 'township' AND valid_to IS NULL AND code LIKE '141024%' ORDER BY code LIMIT 1");
        var review = await proposals.DriveToAsync(await proposals.SubmitNamingAsync(Proposals.UniqueName("汾东") [..^1] + "镇", township, category: "township"), ProposalState.Review);

        var county = await proposals.StepAsync(Approver(), review, ProposalState.Approved);
        var province = await proposals.StepAsync(new Actor("山西省人民政府", Role.Approver, "14"), review, ProposalState.Approved);

        Assert.Equal("FORBIDDEN", county.FirstCode);
        Assert.Contains("province level", county.FirstMessage);
        Assert.True(province.Errors is null, province.Body);
    }

    [Fact]
    public async Task FilingAndAnnouncementAreDueFifteenDaysAfterApprovalAndOverdueOnesAreListed()
    {
        var approved = await proposals.DriveToAsync(await proposals.SubmitNamingAsync(), ProposalState.Approved);
        var id = approved["id"]!.GetValue<string>();
        Assert.False(approved["overdue"]!.GetValue<bool>());
        Assert.Equal("2025-03-18", approved["deadlines"]![0]!["due"]!.GetValue<string>());

        fixture.Clock.Advance(TimeSpan.FromDays(16));
        try
        {
            var late = await proposals.ReadAsync(approved);
            Assert.True(late["overdue"]!.GetValue<bool>());
            Assert.All(late["deadlines"]!.AsArray(), d => Assert.True(d!["overdue"]!.GetValue<bool>()));
            var overdue = await fixture.Anonymous().DataAsync(
                "{ proposals(filter: { overdue: true, divisionCode: \"141024\", applicant: \"洪洞县采集员01\" }, first: 500) { totalCount edges { node { id } } } }");
            Assert.Contains(overdue["proposals"]!["edges"]!.AsArray(), e => e!["node"]!["id"]!.GetValue<string>() == id);
            var stats = await fixture.Anonymous().DataAsync("{ proposalStatistics(divisionCode: \"141024\") { countyCode state count overdue } }");
            Assert.Contains(stats["proposalStatistics"]!.AsArray(), s => s!["state"]!.GetValue<string>() == "APPROVED" && s["overdue"]!.GetValue<int>() >= 1);

            var filed = await proposals.MoveAsync(Reviewer(), late, ProposalState.Filed);
            Assert.False(filed["deadlines"]![0]!["met"]!.GetValue<bool>());
            Assert.False(filed["deadlines"]![0]!["overdue"]!.GetValue<bool>());
            Assert.True(filed["deadlines"]![1]!["overdue"]!.GetValue<bool>());
        }
        finally
        {
            fixture.Clock.Advance(TimeSpan.FromDays(-16));
        }
    }

    [Fact]
    public async Task TheGeneratedProposalsFitTheWorkflow()
    {
        var data = await fixture.Anonymous().DataAsync(
            "{ proposals(filter: { states: [SIGNED], kind: NAME }, first: 1) { totalCount edges { node { provenance history { to } place { name } proposedName } } } }");
        var sample = data["proposals"]!["edges"]![0]!["node"]!;
        Assert.Equal("SAMPLE", sample["provenance"]!.GetValue<string>());
        Assert.Equal("DRAFT", sample["history"]![0]!["to"]!.GetValue<string>());
        Assert.Equal("SIGNED", sample["history"]!.AsArray()[^1]!["to"]!.GetValue<string>());
        Assert.Equal(sample["proposedName"]!.GetValue<string>(), sample["place"]!["name"]!.GetValue<string>());

        // A generated proposal in REVIEW carries its reports as the sample wrote them, and moves on.
        var inReview = await fixture.Anonymous().DataAsync("{ proposals(filter: { states: [REVIEW] }, first: 1) { edges { node { id version } } } }");
        var node = inReview["proposals"]!["edges"]![0]!["node"]!;
        var approved = await proposals.StepAsync(Admin(), node, ProposalState.Approved);
        Assert.True(approved.Errors is null, approved.Body);
    }

    public static TheoryData<ProposalState, ProposalState, string, string?> Steps => new()
    {
        // from, to, a role allowed to take the step, a role that is not (null when no lower role exists)
        { ProposalState.Draft, ProposalState.Submitted, "applicant", null },
        { ProposalState.Submitted, ProposalState.Accepted, "reviewer", "collector" },
        { ProposalState.Accepted, ProposalState.Assessing, "reviewer", "collector" },
        { ProposalState.Assessing, ProposalState.Review, "reviewer", "collector" },
        { ProposalState.Review, ProposalState.Approved, "approver", "reviewer" },
        { ProposalState.Accepted, ProposalState.Rejected, "reviewer", "collector" },
        { ProposalState.Review, ProposalState.Rejected, "approver", "reviewer" },
        { ProposalState.Submitted, ProposalState.Withdrawn, "applicant", "approver" },
        { ProposalState.Review, ProposalState.Withdrawn, "admin", "other collector" },
        { ProposalState.Approved, ProposalState.Filed, "reviewer", "collector" },
        { ProposalState.Filed, ProposalState.Announced, "approver", "reviewer" },
        { ProposalState.Announced, ProposalState.Standard, "reviewer", "collector" },
        { ProposalState.Standard, ProposalState.Signed, "collector", null },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task EachStepIsAllowedOnlyToItsRoleInsideItsJurisdiction(ProposalState from, ProposalState to, string allowed, string? forbidden)
    {
        var proposal = await proposals.DriveToAsync(await proposals.SubmitNamingAsync(draft: from == ProposalState.Draft), from);
        var before = await proposals.ReadAsync(proposal);

        if (forbidden is not null)
        {
            var wrongRole = await proposals.StepAsync(ActorFor(forbidden, County), proposal, to, note: "理由");
            Assert.Equal("FORBIDDEN", wrongRole.FirstCode);
        }
        var outside = await proposals.StepAsync(ActorFor(allowed, OtherCounty), proposal, to, note: "理由");
        Assert.Equal("FORBIDDEN", outside.FirstCode);
        Assert.Contains("outside the jurisdiction 141022", outside.FirstMessage);
        var unchanged = await proposals.ReadAsync(proposal);
        Assert.Equal(before["version"]!.GetValue<int>(), unchanged["version"]!.GetValue<int>());
        Assert.Equal(before["history"]!.AsArray().Count, unchanged["history"]!.AsArray().Count);

        var done = await proposals.StepAsync(ActorFor(allowed, County), proposal, to, note: "理由");
        Assert.True(done.Errors is null, done.Body);
        Assert.Equal(StoredNames.Of(to).ToUpperInvariant(), done.Json["data"]!["transitionProposal"]!["state"]!.GetValue<string>());
    }

    private static Actor ActorFor(string role, string jurisdiction) => role switch
    {
        "applicant" or "collector" => Collector(jurisdiction),
        "other collector" => Collector(jurisdiction, "洪洞县采集员02"),
        "reviewer" => Reviewer(jurisdiction),
        "approver" => Approver(jurisdiction),
        _ => new Actor("管理员", Role.Admin, jurisdiction),
    };

    [Theory]
    [InlineData("", "empty")]
    [InlineData("LONG", "more than 30 characters")]
    [InlineData("Main Street", "the letter 'M'")]
    [InlineData("槐树🌳沟", "U+1F333")]
    public async Task BadNamesAreRefusedAndNothingIsWritten(string name, string reason)
    {
        var count = await fixture.ScalarAsync<long>("SELECT count(*) FROM proposal");

        var answer = await proposals.SubmitAsync(Collector(), new
        {
            kind = "NAME", proposedName = name == "LONG" ? new string('村', 500) : name, category = "natural_village", divisionCode = await fixture.VillageAsync(),
        });

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains(reason, answer.FirstMessage);
        Assert.Equal(count, await fixture.ScalarAsync<long>("SELECT count(*) FROM proposal"));
    }

    [Theory]
    [InlineData("141099", "natural_village", "No current division has code 141099")]
    [InlineData("14102410", "natural_village", "not a division code")]
    [InlineData("141024", "castle", "Unknown category 'castle'")]
    public async Task AProposalForAnUnknownDivisionOrCategoryIsRefused(string division, string category, string reason)
    {
        var count = await fixture.ScalarAsync<long>("SELECT count(*) FROM proposal");

        var answer = await proposals.SubmitAsync(Admin(), new { kind = "NAME", proposedName = Proposals.UniqueName(), category, divisionCode = division });

        Assert.Equal("BAD_USER_INPUT", answer.FirstCode);
        Assert.Contains(reason, answer.FirstMessage);
        Assert.Equal(count, await fixture.ScalarAsync<long>("SELECT count(*) FROM proposal"));
    }

    [Fact]
    public async Task ASecondSubmissionOfAnOpenProposalIsRefused()
    {
        var name = Proposals.UniqueName();
        var village = await fixture.VillageAsync(skip: 3);
        var first = await proposals.SubmitNamingAsync(name, village);

        var again = await proposals.SubmitAsync(Collector(), new { kind = "NAME", proposedName = name, category = "natural_village", divisionCode = village });

        Assert.Equal("BAD_USER_INPUT", again.FirstCode);
        Assert.Contains($"Proposal {first["id"]!.GetValue<string>()} already proposes {name}", again.FirstMessage);
        Assert.Equal(1, await fixture.ScalarAsync<long>("SELECT count(*) FROM proposal WHERE proposed_name = $1", name));
    }

    private async Task<(long Id, string Name, int Version)> CurrentPlaceAsync(int skip)
    {
        await using var command = fixture.Database.DataSource.CreateCommand(
            "SELECT id, name, version FROM place WHERE status = 'current' AND category = 'natural_village' AND division_code LIKE '141024%' ORDER BY id OFFSET $1 LIMIT 1");
        command.Parameters.AddWithValue(skip);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the test sample has natural villages in 洪洞县");
        return (reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2));
    }
}
