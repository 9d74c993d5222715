using CivilAffairs.Gazetteer.Workflow;

namespace CivilAffairs.Gazetteer.Core.Tests.Workflow;

public sealed class ProposalWorkflowTests
{
    [Fact]
    public void TheMainPathRunsFromDraftToSigned()
    {
        ProposalState[] path = [ProposalState.Draft, ProposalState.Submitted, ProposalState.Accepted, ProposalState.Assessing, ProposalState.Review,
            ProposalState.Approved, ProposalState.Filed, ProposalState.Announced, ProposalState.Standard, ProposalState.Signed];

        for (var i = 1; i < path.Length; i++)
            Assert.NotNull(ProposalWorkflow.Find(path[i - 1], path[i]));
        Assert.Empty(ProposalWorkflow.Next(ProposalState.Signed));
    }

    [Theory]
    [InlineData(ProposalState.Submitted, ProposalState.Approved)]
    [InlineData(ProposalState.Draft, ProposalState.Accepted)]
    [InlineData(ProposalState.Approved, ProposalState.Standard)]
    [InlineData(ProposalState.Approved, ProposalState.Withdrawn)]
    [InlineData(ProposalState.Rejected, ProposalState.Review)]
    [InlineData(ProposalState.Submitted, ProposalState.Rejected)]
    public void StepsOutOfOrderAreNotTransitions(ProposalState from, ProposalState to) => Assert.Null(ProposalWorkflow.Find(from, to));

    [Theory]
    [InlineData(ProposalState.Submitted, ProposalState.Accepted, Role.Reviewer)]
    [InlineData(ProposalState.Review, ProposalState.Approved, Role.Approver)]
    [InlineData(ProposalState.Filed, ProposalState.Announced, Role.Approver)]
    [InlineData(ProposalState.Standard, ProposalState.Signed, Role.Collector)]
    public void EachStepNamesTheRoleItNeeds(ProposalState from, ProposalState to, Role role) =>
        Assert.Equal(role, ProposalWorkflow.Find(from, to)!.Role);

    [Fact]
    public void ReviewAndApprovalNeedTheThreeReports()
    {
        var review = ProposalWorkflow.Find(ProposalState.Assessing, ProposalState.Review)!;

        Assert.Equal([ReportKind.Assessment, ReportKind.ExpertReview, ReportKind.PublicConsultation], review.RequiredReports);
    }

    [Fact]
    public void OnlyTheApplicantOrAnAdminMayWithdraw()
    {
        var withdraw = ProposalWorkflow.Find(ProposalState.Review, ProposalState.Withdrawn)!;

        Assert.True(withdraw.ApplicantMay);
        Assert.Equal(Role.Admin, withdraw.Role);
    }

    [Theory]
    [InlineData(ApprovingLevel.County, "141024", true)]
    [InlineData(ApprovingLevel.County, "1410", true)]
    [InlineData(ApprovingLevel.County, "141024100", false)]
    [InlineData(ApprovingLevel.Province, "141024", false)]
    [InlineData(ApprovingLevel.Province, "14", true)]
    [InlineData(ApprovingLevel.City, "1410", true)]
    public void AnApproverDecidesAtTheCategorysLevelOrAbove(ApprovingLevel level, string jurisdiction, bool may) =>
        Assert.Equal(may, level.MayDecide(new Actor("审批员", Role.Approver, jurisdiction)));

    [Fact]
    public void FilingAndAnnouncementAreDueFifteenDaysAfterApproval()
    {
        var approved = new DateOnly(2024, 3, 1);

        var onTime = Deadline.Of(approved, new DateOnly(2024, 3, 16), null, new DateOnly(2024, 3, 16));
        var late = Deadline.Of(approved, null, null, new DateOnly(2024, 3, 17));

        Assert.Equal(new DateOnly(2024, 3, 16), onTime[0].Due);
        Assert.True(onTime[0].Met);
        Assert.False(onTime[1].Overdue);
        Assert.All(late, d => Assert.True(d.Overdue));
        Assert.Empty(Deadline.Of(null, null, null, new DateOnly(2024, 3, 17)));
    }

    [Fact]
    public void AJurisdictionCoversTheCodesUnderIt()
    {
        var county = new Actor("洪洞县审核员", Role.Reviewer, "141024");

        Assert.True(county.Covers("141024100201"));
        Assert.False(county.Covers("141023100201"));
    }

    [Theory]
    [InlineData("expert_review", ReportKind.ExpertReview)]
    [InlineData("public_consultation", ReportKind.PublicConsultation)]
    public void StoredNamesRoundTrip(string stored, ReportKind kind)
    {
        Assert.Equal(stored, StoredNames.Of(kind));
        Assert.Equal(kind, StoredNames.Parse<ReportKind>(stored));
    }
}
