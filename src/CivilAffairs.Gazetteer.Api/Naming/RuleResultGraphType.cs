using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using CivilAffairs.Gazetteer.Data.Places;
using CivilAffairs.Gazetteer.Naming;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.Naming;

internal sealed class RuleResultGraphType : ObjectGraphType<RuleResult>
{
    public RuleResultGraphType()
    {
        Name = "RuleResult";
        Description = "What one naming rule found about the proposed name.";
        Field<NonNullGraphType<StringGraphType>>("rule")
            .Description("The rule's stable code: GENERIC_ONLY, MEANING, SCALE, STANDARD_CHARACTERS, PERSON_NAME, FOREIGN_NAME, TRADEMARK_NAME, UNIQUE, HOMOPHONE, FAMOUS_FEATURE, FACILITY_NAME, PROTECTED_NAME, ROMANIZATION.")
            .Resolve(c => c.Source.Rule.Code);
        Field<NonNullGraphType<StringGraphType>>("summary").Description("The rule in one sentence.").Resolve(c => c.Source.Rule.Summary);
        Field<NonNullGraphType<StringGraphType>>("article").Description("Where the rule comes from: 地名管理条例 (2022) art. 9, ...").Resolve(c => c.Source.Rule.Article);
        Field<NonNullGraphType<StringGraphType>>("outcome")
            .Description("PASS (met or not applicable), WARNING (for the reviewer to judge) or VIOLATION (should not be approved as it stands).")
            .Resolve(c => c.Source.Outcome.ToString().ToUpperInvariant());
        Field<NonNullGraphType<StringGraphType>>("explanation").Description("What was found, in words a clerk understands, with what to do.").Resolve(c => c.Source.Explanation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceGraphType>>>>("conflicts")
            .Description("The current places the name collides with (UNIQUE, HOMOPHONE).")
            .ResolveAsync(async c =>
            {
                var loaders = c.RequestServices!.GetRequiredService<RequestLoaders>();
                var places = new List<PlaceRecord>();
                foreach (var conflict in c.Source.Conflicts.Where(x => x.Source == ConflictSource.Place))
                    if (await loaders.PlacesById.Load(conflict.Id).GetResultAsync(c.CancellationToken) is { } place)
                        places.Add(place);
                return places;
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConflictingProposalGraphType>>>>("conflictingProposals")
            .Description("The pending proposals (submitted up to announced) the name collides with.")
            .Resolve(c => c.Source.Conflicts.Where(x => x.Source == ConflictSource.Proposal).ToList());
    }
}
