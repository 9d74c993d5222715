using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.History;

internal sealed class CertaintyGraphType : EnumerationGraphType
{
    public CertaintyGraphType()
    {
        Name = "Certainty";
        Description = "How far a citation can be relied on.";
        Add("CERTAIN", "certain", "The source states it.");
        Add("PROBABLE", "probable", "The source supports it with some doubt.");
        Add("UNCERTAIN", "uncertain", "A tradition or an inference.");
    }
}
