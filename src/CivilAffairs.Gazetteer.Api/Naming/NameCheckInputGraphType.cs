using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.Naming;

internal sealed class NameCheckInputGraphType : InputObjectGraphType<NameCheckInput>
{
    public NameCheckInputGraphType()
    {
        Name = "NameCheckInput";
        Description = "A proposed name to check against the naming rules (地名管理条例 2022), as a clerk would enter it.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The proposed name in Chinese characters (贾村, 平陆县), at most 50 characters.");
        Field<NonNullGraphType<StringGraphType>>("category").Description("The category code of the named thing: county, township, village_committee, community, road, street, bridge, river, ...");
        Field<NonNullGraphType<StringGraphType>>("divisionCode").Description("Where it lies: the code of its division as people write it (141024 for a new township of 洪洞县, 141024100 for a village of 大槐树镇).");
        Field<StringGraphType>("romanization").Description("The romanization the applicant proposes, checked to be Hanyu Pinyin (Hóngtóng Xiàn); leave out to be told the registry's.");
        Field<IdGraphType>("renames").Description("The id of the place this name renames (Place.id); leave out for a new name.");
    }
}
