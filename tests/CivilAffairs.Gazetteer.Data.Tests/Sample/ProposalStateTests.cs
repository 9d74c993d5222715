using CivilAffairs.Gazetteer.Data.Sample;

namespace CivilAffairs.Gazetteer.Data.Tests.Sample;

public sealed class ProposalStateTests
{
    [Theory]
    [InlineData("draft", null, "draft")]
    [InlineData("review", null, "draft submitted accepted assessing review")]
    [InlineData("signed", null, "draft submitted accepted assessing review approved filed announced standard signed")]
    [InlineData("rejected", "assessing", "draft submitted accepted assessing rejected")]
    [InlineData("withdrawn", "draft", "draft withdrawn")]
    public void AHistoryWalksTheWorkflowToItsState(string final, string? leftFrom, string path) =>
        Assert.Equal(path.Split(' '), ProposalState.PathTo(final, leftFrom));

    [Fact]
    public void SharesAddUpToTheRequestedCount()
    {
        foreach (var total in new[] { 0, 1, 3_559, 368_105 })
            Assert.Equal(total, SampleClass.Apportion(total).Sum());
    }
}
