using CivilAffairs.Gazetteer.Search.Geocoding;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

internal sealed class GeocodeResultGraphType : ObjectGraphType<GeocodeAnswer>
{
    public GeocodeResultGraphType()
    {
        Name = "GeocodeResult";
        Description = "What an address resolved to.";
        Field<NonNullGraphType<StringGraphType>>("query").Description("The address as sent.").Resolve(c => c.Source.Result.Query);
        Field<GeocodeMatchGraphType>("best").Description("The best match; null when nothing matched. When AMBIGUOUS, the first alternative, no more confident than the others.")
            .Resolve(c => c.Source.Result.Best is { } best ? new GeocodeMatchAnswer(best, c.Source.Crs) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GeocodeMatchGraphType>>>>("alternatives")
            .Description("Every unit that fits equally well when the address is ambiguous; empty otherwise.")
            .Resolve(c => c.Source.Result.Alternatives.Select(a => new GeocodeMatchAnswer(a, c.Source.Crs)).ToList());
        Field<StringGraphType>("unusedText").Description("What the match did not use (a name, a phone number, 3组15号), segments joined by a space.")
            .Resolve(c => c.Source.Result.UnusedText);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdminChangeGraphType>>>>("followedChanges")
            .Description("The admin changes followed from a former name the address used (长治县 → 上党区).")
            .Resolve(c => c.Source.Result.FollowedChanges.Select(f => f.Change).ToList());
        Field<NonNullGraphType<StringGraphType>>("status").Description("MATCHED, AMBIGUOUS, NO_MATCH or INVALID.").Resolve(c => CsvGeocoding.Wire(c.Source.Result.Status));
        Field<StringGraphType>("message").Description("Why the answer is not MATCHED, and what to add.").Resolve(c => c.Source.Result.Message);
    }
}
