using System.Globalization;

namespace CivilAffairs.Gazetteer.Data.History;

/// <summary>
/// Years as Linked Places Format writes them: ISO 8601 with astronomical numbering (1 BCE is 0000,
/// 221 BCE is -0220), four digits, '~' after an approximate year.
/// </summary>
public static class LinkedPlacesYear
{
    public static string Format(int year, bool approximate)
    {
        if (year == 0)
            throw new ArgumentOutOfRangeException(nameof(year), "There is no year 0: 1 BCE is -1.");
        var astronomical = year < 0 ? year + 1 : year;
        var text = (astronomical < 0 ? "-" : "") + Math.Abs(astronomical).ToString("0000", CultureInfo.InvariantCulture);
        return approximate ? text + "~" : text;
    }
}
