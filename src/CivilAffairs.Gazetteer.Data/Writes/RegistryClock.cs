namespace CivilAffairs.Gazetteer.Data.Writes;

/// <summary>Dates of the workflow are China Standard Time dates (UTC+8): approval on the 3rd is the 3rd in Taiyuan.</summary>
public static class RegistryClock
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(ChinaStandardTime).DateTime);
}
