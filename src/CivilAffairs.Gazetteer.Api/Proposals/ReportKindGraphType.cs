using CivilAffairs.Gazetteer.Workflow;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ReportKindGraphType : EnumerationGraphType<ReportKind>
{
    public ReportKindGraphType()
    {
        Name = "ReportKind";
        Description = "The reports a proposal needs before REVIEW.";
        Values.FindByName("ASSESSMENT")!.Description = "Comprehensive assessment (综合评估).";
        Values.FindByName("EXPERT_REVIEW")!.Description = "Expert review (专家论证).";
        Values.FindByName("PUBLIC_CONSULTATION")!.Description = "Public consultation or hearing (社会听证).";
    }
}
