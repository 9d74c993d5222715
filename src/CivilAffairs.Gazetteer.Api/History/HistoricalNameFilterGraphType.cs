using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.History;

internal sealed class HistoricalNameFilterGraphType : InputObjectGraphType<HistoricalNameFilterInput>
{
    public HistoricalNameFilterGraphType()
    {
        Name = "HistoricalNameFilter";
        Description = "Narrows the historical names; every part given must hold (AND). Years are whole years, negative for BCE, never 0.";
        Field<StringGraphType>("text").Description(
            "Full text over the name, its traditional form (洪洞縣), pinyin (hongtong), Wade-Giles (Hung-t'ung), former names in its lineage, and its meaning, origin and evolution (沿革) texts.");
        Field<StringGraphType>("dynasty").Description("Names in use during any part of this dynasty (朝代): 唐, 唐朝, Tang, T'ang; see the dynasties query.");
        Field<IntGraphType>("fromYear").Description("Names in use in or after this year (-221 is 221 BCE).");
        Field<IntGraphType>("toYear").Description("Names in use in or before this year; with fromYear the same year, names in use that year.");
        Field<ListLevelGraphType>("listLevel").Description("The level of the protection list.");
        Field<StringGraphType>("category").Description("The list category: 千年古县, 古县名, 古州郡名, 关隘军镇, 古镇, 古村落, 街巷, 革命纪念地.");
        Field<HistoricalNameStatusGraphType>("status").Description("Whether the name is in use today, was renamed or abolished.");
        Field<StringGraphType>("divisionCode").Description("The county (or higher unit) it lies in today, by code: 1410, 141024.");
        Field<GeoJsonGraphType>("within").Description("An area (GeoJSON polygon, WGS84): names whose location lies inside it.");
    }
}
