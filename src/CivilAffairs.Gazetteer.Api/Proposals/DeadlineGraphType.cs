using DateGraphType = CivilAffairs.Gazetteer.Api.GraphQL.Types.DateGraphType;
using CivilAffairs.Gazetteer.Workflow;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Proposals;

internal sealed class DeadlineGraphType : ObjectGraphType<Deadline>
{
    public DeadlineGraphType()
    {
        Name = "Deadline";
        Description = "A dated obligation of an approved proposal (地名管理条例 art. 13-14): filing and announcement within 15 days of approval.";
        Field<NonNullGraphType<StringGraphType>>("kind").Description("FILING (备案) or ANNOUNCEMENT (公告).").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateGraphType>>("due").Description("The last day it is on time.").Resolve(c => c.Source.Due);
        Field<DateGraphType>("doneOn").Description("When it was done; null while it is not.").Resolve(c => c.Source.DoneOn);
        Field<BooleanGraphType>("met").Description("Null while not done; otherwise whether it was done by the due date.").Resolve(c => c.Source.Met);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("True when not done and the due date has passed (China Standard Time).").Resolve(c => c.Source.Overdue);
    }
}
