using System.Globalization;
using CivilAffairs.Gazetteer.Api.Changes;
using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Api.Geocoding;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;
using CivilAffairs.Gazetteer.Api.Naming;
using CivilAffairs.Gazetteer.Api.Proposals;
using CivilAffairs.Gazetteer.Api.Collection;
using CivilAffairs.Gazetteer.Api.Audit;
using CivilAffairs.Gazetteer.Api.History;
using CivilAffairs.Gazetteer.Search.Geocoding;
using CivilAffairs.Gazetteer.Divisions;
using CivilAffairs.Gazetteer.Search;
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
            .Description("A division unit by its code: the current one, or the one that held the code on asOf (长治县 for 140421 as of 2017).")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The code as people write it: 14, 1410, 141024, 141024100, 141024100201, or the zero-padded 12 digits.")
            .Argument<DateGraphType>("asOf", "The day to read the hierarchy at; leave out for today's units.")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("code");
                if (!DivisionCode.TryParse(text, out var code))
                    throw new BadUserInputError(DivisionCode.Explain(text));
                if (c.GetArgument<DateOnly?>("asOf") is { } asOf)
                    return DivisionAsOf.Find(c.RequestServices!.GetRequiredService<HierarchySource>().Current, code, asOf);
                return await Loaders(c).Divisions.Load(code.Full).GetResultAsync(c.CancellationToken)
                    ?? throw new NotFoundError($"No current division has code {code.Short}. It may never have existed or may have been withdrawn.");
            });

        Field<NonNullGraphType<PlaceConnectionGraphType>>("places")
            .Description("Places, a page at a time in a stable order, narrowed by a filter.")
            .WithPageArguments()
            .ResolveAsync(async c => await PlaceConnectionResolver.ResolveAsync(c, within: null));

        Field<NonNullGraphType<SearchConnectionGraphType>>("search")
            .Description("Full-text search over every form of a name: hanzi substrings (洪洞), pinyin with or without tones and spaces (hongtong, hóng tóng), initials (hdx), traditional characters (洪洞縣), Wade-Giles (Hung-t'ung). Exact before prefix before substring, higher admin levels first, nearer first when near is given.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for, at most 100 characters.")
            .Argument<PlaceFilterGraphType>("filter", "Which names; all when left out (bbox is not supported here).")
            .Argument<PointInputGraphType>("near", "Ranks nearer names higher.")
            .Argument<IntGraphType>("first", $"How many hits in the page, 1 to {PlaceSearch.MaxPageSize}.", a => a.DefaultValue = PlaceSearch.DefaultPageSize)
            .Argument<StringGraphType>("after", "The endCursor of the previous page; leave out to start at the beginning.")
            .Resolve(SearchResolver.Search);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SuggestionGraphType>>>>("autocomplete")
            .Description("Type-ahead: names starting with the prefix in hanzi (洪), pinyin (hongt) or initials (hdx), biased to near.")
            .Argument<NonNullGraphType<StringGraphType>>("prefix", "What has been typed so far.")
            .Argument<PointInputGraphType>("near", "Suggests nearer names first among equals.")
            .Argument<IntGraphType>("limit", $"How many suggestions, 1 to {Search.Autocomplete.MaxLimit}.", a => a.DefaultValue = Search.Autocomplete.DefaultLimit)
            .Argument<PlaceFilterGraphType>("filter", "Which names; all when left out (bbox is not supported here).")
            .Resolve(SearchResolver.Autocomplete);

        this.AddGeocodingFields();
        this.AddNameCheckFields();
        this.AddProposalFields();
        this.AddPoiFields();
        this.AddAuditFields();
        this.AddHistoryFields();
        this.AddChangeFields();
    }

    private static RequestLoaders Loaders(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RequestLoaders>();
}
