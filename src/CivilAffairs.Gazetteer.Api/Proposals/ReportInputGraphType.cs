using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ReportInputGraphType : InputObjectGraphType<ReportInput>
{
    public ReportInputGraphType()
    {
        Name = "ReportInput";
        Description = "A report attached to a step: its kind, the document's reference, a summary.";
        Field<NonNullGraphType<ReportKindGraphType>>("kind").Description("Which report.");
        Field<NonNullGraphType<StringGraphType>>("reference").Description("Document number or archive reference (洪民地〔2024〕12号).");
        Field<StringGraphType>("summary").Description("What it concluded, in a sentence.");
    }
}
