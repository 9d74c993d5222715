using CivilAffairs.Gazetteer.Data.Places;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class PlaceOrderGraphType : EnumerationGraphType
{
    public PlaceOrderGraphType()
    {
        Name = "PlaceOrder";
        Description = "The order of a list of places; ties go by id, so paging never skips or repeats. Left out: by id, the order of registration.";
        Add("NAME", PlaceOrder.Name, "By the standard name, character by character (Unicode order).");
        Add("PINYIN", PlaceOrder.Pinyin, "By the toneless pinyin (拼音) key, hongtongxian; names without a reading last.");
        Add("DISTANCE", PlaceOrder.Distance, "Nearest first from filter.near, in metres on the WGS84 ellipsoid; needs filter.near.");
    }
}
