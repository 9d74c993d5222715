using System.Globalization;
using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Divisions;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Description = "Reads of the Shanxi place-name registry. Reads are public.";
        this.AddRomanizeField();

        Field<PlaceGraphType>("place")
            .Description("A place by its id; null with a NOT_FOUND error when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The place's id, as in Place.id.")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("id");
                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                    throw new BadUserInputError($"'{text}' is not a place id: ids are whole numbers, as returned in Place.id.");
                return await Loaders(c).PlacesById.Load(id).GetResultAsync(c.CancellationToken)
                    ?? throw new NotFoundError($"No place has id {id}.");
            });

        Field<PlaceGraphType>("placeByCode")
            .Description("A place by its place-name code, or a division's own place by the division code (141024, 141024100, ...).")
            .Argument<NonNullGraphType<StringGraphType>>("code", "A place-name code, or a division code as people write it (6, 9 or 12 digits).")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("code").Trim();
                if (text.Length == 0)
                    throw new BadUserInputError("code is empty: give a place-name code or a division code such as 141024.");
                var stored = DivisionCode.TryParse(text, out var division) ? division.Full : text;
                return await Loaders(c).PlacesByCode.Load(stored).GetResultAsync(c.CancellationToken)
                    ?? throw new NotFoundError($"No place has code {text}. Division codes are 6 (county), 9 (township) or 12 (village) digits.");
            });

        Field<DivisionGraphType>("division")
            .Description("A current division unit by its code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The code as people write it: 14, 1410, 141024, 141024100, 141024100201, or the zero-padded 12 digits.")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("code");
                if (!DivisionCode.TryParse(text, out var code))
                    throw new BadUserInputError(DivisionCode.Explain(text));
                return await Loaders(c).Divisions.Load(code.Full).GetResultAsync(c.CancellationToken)
                    ?? throw new NotFoundError($"No current division has code {code.Short}. It may never have existed or may have been withdrawn.");
            });

        Field<NonNullGraphType<PlaceConnectionGraphType>>("places")
            .Description("Places, a page at a time in a stable order, narrowed by a filter.")
            .WithPageArguments()
            .ResolveAsync(async c => await PlaceConnectionResolver.ResolveAsync(c, within: null));
    }

    private static RequestLoaders Loaders(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RequestLoaders>();
}
