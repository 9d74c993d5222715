namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// The column names of a CSV place file, which are also the property names of a GeoJSON
/// feature (docs/import-formats.md). Names are matched case-insensitively.
/// </summary>
internal static class PlaceColumns
{
    public const string Code = "code";
    public const string Name = "name";
    public const string Category = "category";
    public const string DivisionCode = "division_code";
    public const string Wkt = "wkt";
    public const string Lon = "lon";
    public const string Lat = "lat";
    public const string Aliases = "aliases";
    public const string Specific = "specific";
    public const string Generic = "generic";
    public const string ShortName = "short_name";
    public const string Meaning = "meaning";
    public const string Origin = "origin";
    public const string History = "history";
    public const string Description = "description";
    public const string Status = "status";
    public const string ValidFrom = "valid_from";
    public const string ValidTo = "valid_to";
    public const string ApprovalAuthority = "approval_authority";
    public const string ApprovalDocument = "approval_document";
    public const string ApprovalDate = "approval_date";
    public const string AnnouncementDate = "announcement_date";
    public const string Sources = "sources";

    /// <summary>Added by the importer to a rejects file; ignored when that file is imported again.</summary>
    public const string RejectedAt = "rejected_at";
    public const string RejectedReason = "rejected_reason";

    public static readonly string[] Required = [Name, Category, DivisionCode];

    public static readonly string[] Attributes =
    [
        Code, Name, Category, DivisionCode, Aliases, Specific, Generic, ShortName, Meaning, Origin, History,
        Description, Status, ValidFrom, ValidTo, ApprovalAuthority, ApprovalDocument, ApprovalDate, AnnouncementDate, Sources,
    ];

    public static readonly string[] Ignored = [RejectedAt, RejectedReason];
}
