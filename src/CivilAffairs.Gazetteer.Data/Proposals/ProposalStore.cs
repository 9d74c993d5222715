using System.Text.Json;
using CivilAffairs.Gazetteer.Data.Naming;
using CivilAffairs.Gazetteer.Data.Writes;
using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Workflow;
using NetTopologySuite.Geometries;
using Npgsql;
using static CivilAffairs.Gazetteer.Data.Writes.WriteSql;

namespace CivilAffairs.Gazetteer.Data.Proposals;

/// <summary>
/// The write side of the proposal workflow. Each call is one transaction: the proposal row, its
/// event (who, when, why, reports), the place it creates or changes at STANDARD, and their
/// change_log rows commit together or not at all. The proposal row is locked (FOR UPDATE) and
/// its version compared, so of two concurrent steps from the same version exactly one succeeds
/// and the other gets a conflict.
/// </summary>
public sealed class ProposalStore(NpgsqlDataSource dataSource, NameChecker nameChecker, TimeProvider time)
{
    private static readonly ProposalState[] Open =
        [ProposalState.Draft, ProposalState.Submitted, ProposalState.Accepted, ProposalState.Assessing, ProposalState.Review,
         ProposalState.Approved, ProposalState.Filed, ProposalState.Announced];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<long> SubmitAsync(Actor actor, ProposalSubmission submission, CancellationToken cancellationToken)
    {
        if (!DivisionCode.TryParse(submission.DivisionCode, out var division))
            throw Bad(DivisionCode.Explain(submission.DivisionCode));
        var geometry = RegistryGeometry.Checked(submission.Geometry);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        if (await ScalarAsync(connection, "SELECT 1 FROM place_category WHERE code = $1", cancellationToken, submission.Category) is null)
            throw Bad($"Unknown category '{submission.Category}'. Categories are codes such as natural_village, road, street, village_committee, bridge (see place_category).");

        PlaceTarget? target = null;
        var divisionCode = division.Full;
        if (submission.Kind is ProposalKind.Rename or ProposalKind.Retire)
        {
            if (submission.TargetPlaceId is not { } targetId)
                throw Bad($"A {StoredNames.Of(submission.Kind)} proposal needs target: the id of the place to {(submission.Kind == ProposalKind.Rename ? "rename" : "retire")}.");
            target = await PlaceTarget.ReadAsync(connection, targetId, forUpdate: false, cancellationToken)
                ?? throw Bad($"No place has id {targetId}: give the id of an existing place as target.");
            if (target.Status != "current")
                throw Bad($"Place {targetId} ({target.Name}) is {target.Status}, not current: only current names can be renamed or retired.");
            if (target.DivisionCode is null || !division.Contains(DivisionCode.FromFull(target.DivisionCode)))
                throw Bad($"Place {targetId} ({target.Name}) lies in division {target.DivisionCode}, not in {division.Short}: give the division the place lies in.");
            divisionCode = target.DivisionCode;
        }
        else if (submission.TargetPlaceId is not null)
            throw Bad("A naming proposal has no target: leave target out, or use kind RENAME or RETIRE.");

        if (await ScalarAsync(connection, "SELECT 1 FROM division WHERE code = $1 AND valid_to IS NULL", cancellationToken, divisionCode) is null)
            throw Bad($"No current division has code {DivisionCode.FromFull(divisionCode).Short}: give the code of the village, township or county the name is proposed in (6, 9 or 12 digits).");
        if (!actor.Covers(divisionCode))
            throw Forbidden($"{actor} may not propose names in division {DivisionCode.FromFull(divisionCode).Short}: it lies outside the jurisdiction {actor.Jurisdiction}.");

        var name = submission.Kind == ProposalKind.Retire ? submission.ProposedName ?? target!.Name : submission.ProposedName;
        if (ProposedNameRules.Problem(name) is { } problem)
            throw Bad(problem);
        if (submission.Kind == ProposalKind.Retire && name != target!.Name)
            throw Bad($"A retirement retires the place's own name, {target.Name}; leave proposedName out or give that name.");
        if (submission.Kind == ProposalKind.Rename && name == target!.Name)
            throw Bad($"{name} is already the name of place {target.Id}: a rename needs a new name.");

        // Two clerks submitting the same name in the same division at the same moment must not both
        // get through: the check and the insert are serialised on the (kind, division, name) key.
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext($1))", cancellationToken, $"proposal:{StoredNames.Of(submission.Kind)}:{divisionCode}:{name}");
        if (await ScalarAsync(connection,
                "SELECT id FROM proposal WHERE kind = $1 AND division_code = $2 AND proposed_name = $3 AND state = ANY($4) ORDER BY id LIMIT 1",
                cancellationToken, StoredNames.Of(submission.Kind), divisionCode, name!, Open.Select(StoredNames.Of).ToArray()) is long existing)
            throw Bad($"Proposal {existing} already proposes {name} in division {DivisionCode.FromFull(divisionCode).Short} and is still open: follow that proposal instead of submitting it again.");

        var findings = await ProposalNameChecks.RunAsync(nameChecker, name!, submission.Category, divisionCode, submission.Kind, target?.Id, null, cancellationToken);
        var romanized = RomanizedColumns.Of(name!);
        var now = time.GetUtcNow();
        var state = submission.AsDraft ? ProposalState.Draft : ProposalState.Submitted;
        var id = (long)(await ScalarAsync(connection,
            """
            INSERT INTO proposal (kind, state, proposed_name, romanized, pinyin_key, category, division_code, geom, rationale, applicant,
                                  target_place_id, created_at, updated_at, provenance, checks, checked_at, submitted_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, 'official', $13::jsonb, $12, $14)
            RETURNING id
            """, cancellationToken,
            StoredNames.Of(submission.Kind), StoredNames.Of(state), name!, romanized.WithTones, romanized.Key, submission.Category, divisionCode,
            geometry is null ? new NpgsqlParameter { Value = DBNull.Value, DataTypeName = "geometry" } : geometry,
            submission.Rationale, string.IsNullOrWhiteSpace(submission.Applicant) ? actor.Subject : submission.Applicant.Trim(),
            target?.Id, now, JsonSerializer.Serialize(findings, Json), actor.Subject))!;

        await AddEventAsync(connection, id, now, actor, null, ProposalState.Draft, "起草申请", [], cancellationToken);
        if (state == ProposalState.Submitted)
            await AddEventAsync(connection, id, now, actor, ProposalState.Draft, ProposalState.Submitted, "提交申请材料", [], cancellationToken);
        await ChangeLogWriter.AppendAsync(connection, "proposal", id, ChangeOp.Insert, actor.Subject, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task TransitionAsync(Actor actor, ProposalStep step, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var proposal = await LockedProposal.ReadAsync(connection, step.ProposalId, cancellationToken)
            ?? throw NotFound($"No proposal has id {step.ProposalId}.");

        if (!actor.Covers(proposal.DivisionCode))
            throw Forbidden($"{actor} may not act on proposal {proposal.Id}: its division {DivisionCode.FromFull(proposal.DivisionCode).Short} lies outside the jurisdiction {actor.Jurisdiction}.");
        if (proposal.Version != step.Version)
            throw Conflict($"Proposal {proposal.Id} is at version {proposal.Version} ({StoredNames.Of(proposal.State).ToUpperInvariant()}), not {step.Version}: someone changed it since you read it. Read it again and decide on its current state.");

        var transition = ProposalWorkflow.Find(proposal.State, step.To);
        if (transition is null)
        {
            var next = ProposalWorkflow.Next(proposal.State);
            throw Bad($"Proposal {proposal.Id} is {Upper(proposal.State)} and cannot go to {Upper(step.To)}. " +
                (next.Count == 0 ? "It is final." : $"From {Upper(proposal.State)} it can go to {string.Join(", ", next.Select(Upper))}."));
        }
        var asApplicant = transition.ApplicantMay && proposal.SubmittedBy == actor.Subject;
        if (!asApplicant && !actor.IsAtLeast(transition.Role))
            throw Forbidden($"Moving a proposal from {Upper(transition.From)} to {Upper(transition.To)} needs the role {StoredNames.Of(transition.Role)}" +
                (transition.ApplicantMay ? " or being its applicant" : "") + $"; {actor} has not.");
        if (transition.NeedsNote && string.IsNullOrWhiteSpace(step.Note))
            throw Bad($"Moving a proposal to {Upper(step.To)} needs a note saying why.");
        foreach (var report in step.Reports)
            if (string.IsNullOrWhiteSpace(report.Reference))
                throw Bad($"The {StoredNames.Of(report.Kind)} report has no reference: give its document number or archive reference.");

        if (transition.RequiredReports.Count > 0)
        {
            var attached = (await AttachedReportsAsync(connection, proposal.Id, cancellationToken)).Concat(step.Reports.Select(r => StoredNames.Of(r.Kind))).ToHashSet();
            var missing = transition.RequiredReports.Select(StoredNames.Of).Where(r => !attached.Contains(r)).ToList();
            if (missing.Count > 0)
                throw Bad($"Proposal {proposal.Id} cannot go to {Upper(step.To)} without the {string.Join(", ", missing)} report(s): attach them with reports.");
        }

        var today = time.Today();
        var now = time.GetUtcNow();
        string? checks = null;
        if (step.To == ProposalState.Review)
            checks = JsonSerializer.Serialize(await ProposalNameChecks.RunAsync(
                nameChecker, proposal.Name, proposal.Category, proposal.DivisionCode, proposal.Kind, proposal.TargetPlaceId, proposal.Id, cancellationToken), Json);
        if (step.To == ProposalState.Approved)
        {
            var level = await ApprovingLevelAsync(connection, proposal.Category, cancellationToken);
            if (!level.MayDecide(actor))
                throw Forbidden($"Names of category {proposal.Category} are approved at {StoredNames.Of(level)} level; {actor} is an approver at a lower level.");
            if (await ViolationsAsync(connection, proposal.Id, cancellationToken) is { Count: > 0 } violations)
                throw Bad($"Proposal {proposal.Id} cannot be approved: the name checks found {string.Join("; ", violations)}. Reject it, or let the applicant withdraw it and propose another name.");
        }

        var before = await ChangeLogWriter.SnapshotAsync(connection, "proposal", proposal.Id, cancellationToken);
        var log = new ChangeLogBatch();
        long? placeId = null;
        if (step.To == ProposalState.Standard)
            placeId = await new PlaceRegistration(connection, log, actor, today, now).ApplyAsync(proposal, cancellationToken);

        await ExecuteAsync(connection,
            """
            UPDATE proposal SET state = $2, version = version + 1, updated_at = $3,
                approved_on = CASE WHEN $2 = 'approved' THEN $4 ELSE approved_on END,
                filed_on = CASE WHEN $2 = 'filed' THEN $4 ELSE filed_on END,
                announced_on = CASE WHEN $2 = 'announced' THEN $4 ELSE announced_on END,
                place_id = coalesce($5, place_id),
                checks = coalesce($6::jsonb, checks),
                checked_at = CASE WHEN $6 IS NULL THEN checked_at ELSE $3 END
            WHERE id = $1
            """, cancellationToken,
            proposal.Id, StoredNames.Of(step.To), now, today, placeId, new NpgsqlParameter { Value = (object?)checks ?? DBNull.Value, DataTypeName = "text" });
        await AddEventAsync(connection, proposal.Id, now, actor, proposal.State, step.To, step.Note, step.Reports, cancellationToken);
        log.Add("proposal", proposal.Id, ChangeOp.Update, before);
        await log.AppendAsync(connection, actor.Subject, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task AddEventAsync(
        NpgsqlConnection connection, long id, DateTimeOffset at, Actor actor, ProposalState? from, ProposalState to, string? note,
        IReadOnlyList<ProposalReport> reports, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(reports.Select(r => new { kind = StoredNames.Of(r.Kind), reference = r.Reference, summary = r.Summary }));
        await ExecuteAsync(connection,
            "INSERT INTO proposal_event (proposal_id, at, actor, from_state, to_state, note, reports) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)",
            cancellationToken, id, at, actor.Subject, from is { } f ? StoredNames.Of(f) : null, StoredNames.Of(to), note, json);
    }

    /// <summary>Kinds of the reports attached so far; the sample stores them as plain strings, the API as objects.</summary>
    private static async Task<IReadOnlyList<string>> AttachedReportsAsync(NpgsqlConnection connection, long id, CancellationToken cancellationToken)
    {
        await using var command = Command(connection,
            """
            SELECT DISTINCT coalesce(r ->> 'kind', r #>> '{}')
            FROM proposal_event e, jsonb_array_elements(e.reports) r WHERE e.proposal_id = $1
            """, id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var kinds = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
            kinds.Add(reader.GetString(0));
        return kinds;
    }

    private static async Task<IReadOnlyList<string>> ViolationsAsync(NpgsqlConnection connection, long id, CancellationToken cancellationToken)
    {
        await using var command = Command(connection,
            "SELECT f ->> 'rule', f ->> 'explanation' FROM proposal p, jsonb_array_elements(coalesce(p.checks, '[]')) f WHERE p.id = $1 AND f ->> 'outcome' = $2",
            id, NameCheckFinding.Violation);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var violations = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
            violations.Add($"{reader.GetString(0)}: {reader.GetString(1)}");
        return violations;
    }

    private static async Task<ApprovingLevel> ApprovingLevelAsync(NpgsqlConnection connection, string category, CancellationToken cancellationToken) =>
        await ScalarAsync(connection, "SELECT level FROM approving_level WHERE category = $1", cancellationToken, category) is string level
            ? StoredNames.Parse<ApprovingLevel>(level)
            : ApprovingLevel.County;

    private static string Upper(ProposalState state) => StoredNames.Of(state).ToUpperInvariant();
}
