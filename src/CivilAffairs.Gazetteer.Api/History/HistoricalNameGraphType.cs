using CivilAffairs.Gazetteer.Api.GraphQL.Batching;
using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using CivilAffairs.Gazetteer.Data.Places;
using CivilAffairs.Gazetteer.Api.Romanizing;
using CivilAffairs.Gazetteer.Chinese;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using DateGraphType = CivilAffairs.Gazetteer.Api.GraphQL.Types.DateGraphType;

namespace CivilAffairs.Gazetteer.Api.History;

internal sealed class HistoricalNameGraphType : ObjectGraphType<HistoricalNameRecord>
{
    public HistoricalNameGraphType()
    {
        Name = "HistoricalName";
        Description = "A historical place name (历史地名), most on a protection list (地名保护名录): its years, texts, listing, citations and lineage.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The registry's id of the historical name.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name in simplified characters: 洪洞县.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("traditional").Description("The name as the sources write it, in traditional characters: 洪洞縣.").Resolve(c => c.Source.Traditional);
        Field<StringGraphType>("reading").Description("The reading in Hanyu Pinyin with tones, as listed.").Resolve(c => c.Source.Reading);
        Field<NonNullGraphType<RomanizationGraphType>>("romanization").Description("The name romanized by the registry's toolkit, Wade-Giles included (Hung-t'ung Hsien).")
            .Resolve(c => new RomanizedName(c.Source.Name, PlaceNameRomanizer.Shared.Romanize(c.Source.Name)));
        Field<StringGraphType>("featureType").Description("What the name named, as the source types it: county 县, commandery 郡, villages and small towns 村镇.").Resolve(c => c.Source.FeatureType);
        Field<StringGraphType>("aroseEra").Description("The era or year the name arose, as the listing writes it (隋·598年, 明时).").Resolve(c => c.Source.AroseEra);
        Field<IntGraphType>("aroseYear").Description("The year the name arose; negative years are BCE.").Resolve(c => c.Source.AroseYear);
        Field<StringGraphType>("dynasty").Description("The dynasty (朝代) in which the name arose.").Resolve(c => c.Source.Dynasty);
        Field<IntGraphType>("beginYear").Description("The first year in use; negative years are BCE; null when unknown.").Resolve(c => c.Source.Span.Begin);
        Field<NonNullGraphType<YearPrecisionGraphType>>("beginPrecision").Description("How exactly beginYear is known.").Resolve(c => c.Source.Span.BeginPrecision);
        Field<NonNullGraphType<BooleanGraphType>>("beginApproximate").Description("True when beginYear is approximate (约).").Resolve(c => c.Source.Span.BeginApproximate);
        Field<IntGraphType>("endYear").Description("The last year in use; null while in use or when unknown.").Resolve(c => c.Source.Span.End);
        Field<NonNullGraphType<YearPrecisionGraphType>>("endPrecision").Description("How exactly endYear is known.").Resolve(c => c.Source.Span.EndPrecision);
        Field<NonNullGraphType<BooleanGraphType>>("endApproximate").Description("True when endYear is approximate.").Resolve(c => c.Source.Span.EndApproximate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NameUseGraphType>>>>("used")
            .Description("The spans the name was in use (one per record).")
            .Resolve(c => new[] { new NameUse(0, c.Source.Name, c.Source.Span.Begin, c.Source.Span.End, c.Source.Span.BeginApproximate || c.Source.Span.EndApproximate) });
        Field<HistoricalNameStatusGraphType>("status").Description("In use today, renamed or abolished.").Resolve(c => c.Source.Status);
        Field<GeoJsonGraphType>("geometry").Description("Where it lay (point or area), GeoJSON, WGS84.").Resolve(c => c.Source.Geometry);
        Field<StringGraphType>("location").Description("Where it lies today, in words (山西洪洞县北赵城).").Resolve(c => c.Source.Location);
        Field<StringGraphType>("meaning").Description("What the name means (含义).").Resolve(c => c.Source.Meaning);
        Field<StringGraphType>("origin").Description("How the name came about (来历).").Resolve(c => c.Source.Origin);
        Field<StringGraphType>("evolution").Description("The evolution of the name (沿革).").Resolve(c => c.Source.Evolution);
        Field<ListLevelGraphType>("listLevel").Description("The protection list it is on; null when on none.").Resolve(c => c.Source.ListLevel);
        Field<StringGraphType>("listBatch").Description("The batch of the list (第一批).").Resolve(c => c.Source.ListBatch);
        Field<DateGraphType>("listDate").Description("The day the batch was published.").Resolve(c => c.Source.ListDate);
        Field<StringGraphType>("listCategory").Description("The list category: 千年古县, 古县名, 古州郡名, 关隘军镇, 古镇, 古村落, 街巷, 革命纪念地.").Resolve(c => c.Source.ListCategory);
        Field<StringGraphType>("evidence").Description("The evidence for the listing.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("protectionMeasures")
            .Description("Protection measures: signs (设立地名标志), derived naming, reuse, cultural products, publicity.").Resolve(c => c.Source.ProtectionMeasures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationGraphType>>>>("citations").Description("The sources, each with a certainty.")
            .Resolve(c => Loaders(c).Citations.Load(c.Source.Id).Then(list => list ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NameEventGraphType>>>>("lineage").Description("Every lineage event (沿革) the name takes part in, oldest first.")
            .Resolve(c => Loaders(c).Events.Load(c.Source.Id).Then(list => list ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NameEventGraphType>>>>("supersedes").Description("The events by which this name replaced earlier ones.")
            .Resolve(c => Loaders(c).Events.Load(c.Source.Id).Then(list => (list ?? []).Where(e => e.From.Count > 0 && e.To.Any(s => s.HistoricalNameId == c.Source.Id)).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NameEventGraphType>>>>("supersededBy").Description("The events by which later names replaced this one.")
            .Resolve(c => Loaders(c).Events.Load(c.Source.Id).Then(list => (list ?? []).Where(e => e.To.Count > 0 && e.From.Any(s => s.HistoricalNameId == c.Source.Id)).ToList()));
        Field<PlaceGraphType>("place").Description("Today's place with this name, where linked.")
            .Resolve(c => c.Source.PlaceId is { } id ? c.RequestServices!.GetRequiredService<RequestLoaders>().PlacesById.Load(id) : null);
        Field<DivisionGraphType>("division").Description("The county it lies in today.")
            .Resolve(c => c.Source.DivisionCode is { } code ? c.RequestServices!.GetRequiredService<RequestLoaders>().Divisions.Load(code) : null);
        Field<StringGraphType>("sourceId").Description("The record's id in its source (the CHGIS TGAZ id, hvd_1128).").Resolve(c => c.Source.SourceId);
        Field<NonNullGraphType<ProvenanceGraphType>>("provenance").Description("Where the record comes from; SAMPLE records are never official.")
            .Resolve(c => Enum.Parse<Provenance>(c.Source.Provenance, ignoreCase: true));
    }

    private static HistoryLoaders Loaders(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<HistoryLoaders>();
}
