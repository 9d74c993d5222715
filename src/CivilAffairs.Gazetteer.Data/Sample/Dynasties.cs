namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>The dynasty (or period) a year falls in, as Shanxi's history is usually divided.</summary>
internal static class Dynasties
{
    private static readonly (int From, string Name)[] Periods =
    [
        (int.MinValue, "先秦"), (-221, "秦"), (-206, "西汉"), (9, "新"), (25, "东汉"), (220, "三国魏"), (266, "西晋"), (304, "十六国"),
        (386, "北魏"), (534, "东魏"), (550, "北齐"), (581, "隋"), (618, "唐"), (907, "五代"), (960, "北宋"), (1127, "金"),
        (1271, "元"), (1368, "明"), (1644, "清"), (1912, "中华民国"), (1949, "中华人民共和国"),
    ];

    public static string Of(int year) => Periods.Last(p => p.From <= year).Name;
}
