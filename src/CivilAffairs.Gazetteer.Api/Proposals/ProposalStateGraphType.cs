using CivilAffairs.Gazetteer.Workflow;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class ProposalStateGraphType : EnumerationGraphType<ProposalState>
{
    public ProposalStateGraphType()
    {
        Name = "ProposalState";
        Description = "Where a proposal stands: DRAFT → SUBMITTED → ACCEPTED → ASSESSING → REVIEW → APPROVED | REJECTED | WITHDRAWN → FILED → ANNOUNCED → STANDARD → SIGNED.";
        Describe("DRAFT", "Being written by the applicant (起草).");
        Describe("SUBMITTED", "Handed in (提交); waits for acceptance.");
        Describe("ACCEPTED", "Accepted by the civil-affairs office as complete (受理).");
        Describe("ASSESSING", "Under assessment, expert review and public consultation (综合评估、专家论证、社会听证).");
        Describe("REVIEW", "The reports are in; the naming rules are checked (规则审查).");
        Describe("APPROVED", "Approved by the approving level of its category (批准); filing and announcement due within 15 days.");
        Describe("REJECTED", "Not approved (不予批准); final.");
        Describe("WITHDRAWN", "Withdrawn by the applicant (撤回); final.");
        Describe("FILED", "Filed with the higher civil-affairs department (备案).");
        Describe("ANNOUNCED", "Announced to the public (公告).");
        Describe("STANDARD", "Published as a standard name (标准地名): the place record is created, renamed or retired.");
        Describe("SIGNED", "Place-name signs are set up (设置地名标志); final.");
    }

    private void Describe(string name, string description) => Values.FindByName(name)!.Description = description;
}
