using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.History;

internal sealed class LineageKindGraphType : EnumerationGraphType
{
    public LineageKindGraphType()
    {
        Name = "LineageKind";
        Description = "What a lineage event (沿革) did to a name or a division.";
        Add("NAMED", "named", "A name or unit came into being.");
        Add("RENAMED", "renamed", "The same place took another name (or a division another name and code).");
        Add("MERGED", "merged", "Several became one.");
        Add("SPLIT", "split", "One became several.");
        Add("TRANSFERRED", "transferred", "Moved under another parent.");
        Add("ABOLISHED", "abolished", "Ceased, with no successor.");
    }

    /// <summary>The lineage kind of an admin_change kind (establish, rename, merge, split, transfer, abolish, status_change).</summary>
    public static string OfAdminChange(string kind) => kind switch
    {
        "establish" => "named",
        "rename" or "status_change" => "renamed",
        "merge" => "merged",
        "split" => "split",
        "transfer" => "transferred",
        "abolish" => "abolished",
        _ => kind,
    };
}
