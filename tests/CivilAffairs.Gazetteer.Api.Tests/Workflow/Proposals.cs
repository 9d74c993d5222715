using System.Text.Json.Nodes;
using CivilAffairs.Gazetteer.Workflow;

namespace CivilAffairs.Gazetteer.Api.Tests.Workflow;

/// <summary>Submits proposals and drives them along the workflow over GraphQL, as the department's clients would.</summary>
public sealed class Proposals(WorkflowApiFixture fixture)
{
    public const string Fields = "id state version proposedName divisionCode history { from to actor note reports { kind reference } } deadlines { kind due doneOn met overdue } overdue place { id name status version formerNames { name } } checks { ok results { rule } }";

    private const string Submit = "mutation($input: ProposalInput!) { submitProposal(input: $input) { " + Fields + " } }";
    private const string Transition = "mutation($id: ID!, $version: Int!, $to: ProposalState!, $note: String, $reports: [ReportInput!]) { transitionProposal(id: $id, version: $version, to: $to, note: $note, reports: $reports) { " + Fields + " } }";

    public static readonly object[] AllReports =
    [
        new { kind = "ASSESSMENT", reference = "洪民评〔2025〕3号", summary = "符合规划" },
        new { kind = "EXPERT_REVIEW", reference = "洪地专〔2025〕3号" },
        new { kind = "PUBLIC_CONSULTATION", reference = "洪听〔2025〕3号" },
    ];

    private static readonly Dictionary<ProposalState, (Func<Actor> Actor, ProposalState Next)> MainPath = new()
    {
        [ProposalState.Submitted] = (() => WorkflowApiFixture.Reviewer(), ProposalState.Accepted),
        [ProposalState.Accepted] = (() => WorkflowApiFixture.Reviewer(), ProposalState.Assessing),
        [ProposalState.Assessing] = (() => WorkflowApiFixture.Reviewer(), ProposalState.Review),
        [ProposalState.Review] = (() => WorkflowApiFixture.Approver(), ProposalState.Approved),
        [ProposalState.Approved] = (() => WorkflowApiFixture.Reviewer(), ProposalState.Filed),
        [ProposalState.Filed] = (() => WorkflowApiFixture.Approver(), ProposalState.Announced),
        [ProposalState.Announced] = (() => WorkflowApiFixture.Reviewer(), ProposalState.Standard),
        [ProposalState.Standard] = (() => WorkflowApiFixture.Collector(), ProposalState.Signed),
    };

    private static int counter;

    /// <summary>A name no other test submits: 槐树沟 with a running number in Chinese numerals.</summary>
    public static string UniqueName(string stem = "槐树")
    {
        var n = Interlocked.Increment(ref counter);
        const string digits = "〇一二三四五六七八九";
        return stem + string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => digits[d - '0'])) + "沟";
    }

    public async Task<GraphQLAnswer> SubmitAsync(Actor actor, object input) =>
        await fixture.As(actor).PostAsync(Submit, new { input });

    public async Task<JsonNode> SubmitNamingAsync(string? name = null, string? village = null, bool draft = false, string category = "natural_village", Actor? actor = null)
    {
        village ??= await fixture.VillageAsync();
        var answer = await SubmitAsync(actor ?? WorkflowApiFixture.Collector(), new
        {
            kind = "NAME", proposedName = name ?? UniqueName(), category, divisionCode = village, draft,
            geometry = new { type = "Point", coordinates = new[] { 111.67, 36.25 } }, rationale = "村东未命名沟谷，因沟口古槐得名。",
        });
        Assert.True(answer.Errors is null, answer.Body);
        return answer.Json["data"]!["submitProposal"]!;
    }

    public Task<GraphQLAnswer> StepAsync(Actor actor, JsonNode proposal, ProposalState to, string? note = null, object[]? reports = null, int? version = null) =>
        fixture.As(actor).PostAsync(Transition, new
        {
            id = proposal["id"]!.GetValue<string>(), version = version ?? proposal["version"]!.GetValue<int>(),
            to = StoredNames.Of(to).ToUpperInvariant(), note, reports = reports ?? (to == ProposalState.Review ? AllReports : null),
        });

    public async Task<JsonNode> MoveAsync(Actor actor, JsonNode proposal, ProposalState to, string? note = null)
    {
        var answer = await StepAsync(actor, proposal, to, note);
        Assert.True(answer.Errors is null, answer.Body);
        return answer.Json["data"]!["transitionProposal"]!;
    }

    /// <summary>Moves a submitted proposal along the main path, each step by its usual role, until it is in <paramref name="state"/>.</summary>
    public async Task<JsonNode> DriveToAsync(JsonNode proposal, ProposalState state)
    {
        while (StateOf(proposal) != state)
        {
            var (actor, next) = MainPath[StateOf(proposal)];
            proposal = await MoveAsync(actor(), proposal, next);
        }
        return proposal;
    }

    public async Task<JsonNode> ReadAsync(JsonNode proposal) =>
        (await fixture.Anonymous().DataAsync("query($id: ID!) { proposal(id: $id) { " + Fields + " } }", new { id = proposal["id"]!.GetValue<string>() }))["proposal"]!;

    public static ProposalState StateOf(JsonNode proposal) => Enum.Parse<ProposalState>(proposal["state"]!.GetValue<string>(), ignoreCase: true);
}
