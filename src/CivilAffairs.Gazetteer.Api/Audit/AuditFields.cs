using CivilAffairs.Gazetteer.Api.Access;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Api.Workflow;
using GraphQL;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Audit;

internal static class AuditFields
{
    public const int MaxPageSize = 1000;

    /// <summary>history(entity, id) and auditLog(filter, first, after) over change_log.</summary>
    public static void AddAuditFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryGraphType>>>>("history")
            .Description("Every write to one record, oldest first, with who, when, before and after.")
            .Argument<NonNullGraphType<StringGraphType>>("entity", "place, proposal, poi or place_former_name.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The record's id.")
            .ResolveAsync(async c =>
            {
                var entity = c.GetArgument<string>("entity");
                if (entity is not ("place" or "proposal" or "poi" or "place_former_name"))
                    throw new BadUserInputError($"entity '{entity}' is not audited: use place, proposal, poi or place_former_name.");
                var filter = new AuditFilter { Entity = entity, EntityId = c.GetArgument<string>("id") };
                var (items, _, _) = await c.RequestServices!.GetRequiredService<AuditQueries>().PageAsync(filter, MaxPageSize, null, c.CancellationToken);
                return items;
            });

        query.Field<NonNullGraphType<AuditConnectionGraphType>>("auditLog")
            .Description("The audit trail, a page at a time in log order, by entity, actor and time.")
            .Argument<AuditFilterGraphType>("filter", "Which entries; all when left out.")
            .Argument<IntGraphType>("first", $"How many in the page, 0 to {MaxPageSize}.", a => a.DefaultValue = 100)
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .ResolveAsync(async c =>
            {
                c.RequestServices!.GetRequiredService<ClientRateLimits>().TakeExpensiveRead(c);
                var first = IdCursor.First(c.GetArgument("first", 100), MaxPageSize);
                var after = IdCursor.Decode("change", c.GetArgument<string?>("after"));
                var (items, more, total) = await c.RequestServices!.GetRequiredService<AuditQueries>()
                    .PageAsync(c.GetArgument<AuditFilter?>("filter") ?? new AuditFilter(), first, after, c.CancellationToken);
                return new Page<AuditEntry>(items, more, total, e => IdCursor.Encode("change", e.Seq));
            });
    }
}
