using CivilAffairs.Gazetteer.Api.GraphQL.Types;
using GraphQL.Types;
using DateGraphType = CivilAffairs.Gazetteer.Api.GraphQL.Types.DateGraphType;

namespace CivilAffairs.Gazetteer.Api.Geocoding;

internal sealed class StructuredAddressInputGraphType : InputObjectGraphType<StructuredAddressInput>
{
    public StructuredAddressInputGraphType()
    {
        Name = "StructuredAddressInput";
        Description = "An address already split into its levels; any part may be left out or written without its suffix (临汾 for 临汾市).";
        Field<StringGraphType>("province").Description("山西省");
        Field<StringGraphType>("city").Description("临汾市");
        Field<StringGraphType>("county").Description("洪洞县");
        Field<StringGraphType>("township").Description("大槐树镇");
        Field<StringGraphType>("village").Description("东冯堡村");
        Field<StringGraphType>("detail").Description("What follows the village (3组15号); reported back as unused.");
        Field<DateGraphType>("asOf").Description("Read the names against the divisions of this day; default today.");
    }
}
