namespace CivilAffairs.Gazetteer.Workflow;

/// <summary>The reports a proposal needs before its rule review (综合评估, 专家论证, 社会听证).</summary>
public enum ReportKind
{
    Assessment,
    ExpertReview,
    PublicConsultation,
}
