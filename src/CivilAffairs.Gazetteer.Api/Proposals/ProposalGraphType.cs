using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using CivilAffairs.Gazetteer.Data.Places;
using CivilAffairs.Gazetteer.Api.Romanizing;
using CivilAffairs.Gazetteer.Api.Workflow;
using CivilAffairs.Gazetteer.Chinese;
using CivilAffairs.Gazetteer.Data.Writes;
using CivilAffairs.Gazetteer.Workflow;
using GraphQL;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ProposalGraphType : ObjectGraphType<ProposalRecord>
{
    public ProposalGraphType()
    {
        Name = "Proposal";
        Description = "A proposal of the rural naming initiative (乡村著名行动) to name, rename or retire a place, with its history, checks and deadlines.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The proposal's id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ProposalKindGraphType>>("kind").Description("NAME, RENAME or RETIRE.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ProposalStateGraphType>>("state").Description("Where it stands in the workflow.").Resolve(c => c.Source.State);
        Field<NonNullGraphType<StringGraphType>>("proposedName").Description("The proposed name (for RETIRE, the name retired).").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<RomanizationGraphType>>("romanization").Description("The proposed name in Hanyu Pinyin.")
            .Resolve(c => new RomanizedName(c.Source.Name, PlaceNameRomanizer.Shared.Romanize(c.Source.Name)));
        Field<NonNullGraphType<StringGraphType>>("category").Description("The place category code.").Resolve(c => c.Source.Category);
        Field<StringGraphType>("approvingLevel").Description("Who approves names of the category: province, city or county (configured per category).").Resolve(c => c.Source.ApprovingLevel ?? "county");
        Field<DivisionGraphType>("division").Description("The division it lies in.")
            .Resolve(c => c.RequestServices!.GetRequiredService<RequestLoaders>().Divisions.Load(c.Source.DivisionCode));
        Field<NonNullGraphType<StringGraphType>>("divisionCode").Description("The division's 12-digit code.").Resolve(c => c.Source.DivisionCode);
        Field<GeoJsonGraphType>("geometry").Description("Where, as proposed; null when none was given.").Resolve(c => c.Source.Geometry);
        Field<StringGraphType>("rationale").Description("Why the name is proposed.").Resolve(c => c.Source.Rationale);
        Field<NonNullGraphType<StringGraphType>>("applicant").Description("The applying body.").Resolve(c => c.Source.Applicant);
        Field<NonNullGraphType<ProposalChecksGraphType>>("checks").Description("The naming-rule checks stored with it.").Resolve(c => ProposalChecks.Of(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProposalEventGraphType>>>>("history").Description("Every step, oldest first.")
            .Resolve(c => c.RequestServices!.GetRequiredService<WorkflowLoaders>().ProposalEvents.Load(c.Source.Id).Then(e => e ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DeadlineGraphType>>>>("deadlines").Description("Filing and announcement deadlines once approved; empty before.")
            .Resolve(c => Deadline.Of(c.Source.ApprovedOn, c.Source.FiledOn, c.Source.AnnouncedOn, c.RequestServices!.GetRequiredService<TimeProvider>().Today()));
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("True when a filing or announcement deadline has passed undone.")
            .Resolve(c => Deadline.Of(c.Source.ApprovedOn, c.Source.FiledOn, c.Source.AnnouncedOn, c.RequestServices!.GetRequiredService<TimeProvider>().Today()).Any(d => d.Overdue));
        Field<PlaceGraphType>("target").Description("For RENAME and RETIRE: the place.")
            .Resolve(c => c.Source.TargetPlaceId is { } id ? c.RequestServices!.GetRequiredService<RequestLoaders>().PlacesById.Load(id) : null);
        Field<PlaceGraphType>("place").Description("The place it created, renamed or retired once STANDARD; null before.")
            .Resolve(c => c.Source.PlaceId is { } id ? c.RequestServices!.GetRequiredService<RequestLoaders>().PlacesById.Load(id) : null);
        Field<NonNullGraphType<ProvenanceGraphType>>("provenance").Description("SAMPLE for the generated initiative, OFFICIAL for proposals entered through the API.")
            .Resolve(c => Enum.Parse<Provenance>(c.Source.Provenance, ignoreCase: true));
        Field<NonNullGraphType<TimestampGraphType>>("createdAt").Description("When it was first written.").Resolve(c => c.Source.CreatedAt);
        Field<NonNullGraphType<TimestampGraphType>>("updatedAt").Description("When it last changed.").Resolve(c => c.Source.UpdatedAt);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Pass it to transitionProposal: a step from an older version is refused (CONFLICT).").Resolve(c => c.Source.Version);
    }
}
