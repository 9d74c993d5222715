namespace CivilAffairs.Gazetteer.Workflow;

/// <summary>What a token holder may do, each role including the ones below it.</summary>
public enum Role
{
    /// <summary>采集员: submits proposals and collected names; sets signs up.</summary>
    Collector = 1,

    /// <summary>审核员: accepts, assesses, reviews and files proposals; reviews collected names.</summary>
    Reviewer = 2,

    /// <summary>审批: approves or rejects, announces.</summary>
    Approver = 3,

    /// <summary>Everything, including withdrawing on an applicant's behalf.</summary>
    Admin = 4,
}
