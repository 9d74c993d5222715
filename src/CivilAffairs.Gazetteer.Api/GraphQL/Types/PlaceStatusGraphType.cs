using CivilAffairs.Gazetteer.Api.Places;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class PlaceStatusGraphType : EnumerationGraphType<PlaceStatus>
{
    public PlaceStatusGraphType()
    {
        Name = "PlaceStatus";
        Description = "Where a name stands: in use, proposed, historical (no longer in use, kept as history) or retired.";
    }
}
