namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>Spells Arabic numerals in names as Chinese numbers are read (12 → shí'èr), per rule 5 of the 1984 rules.</summary>
internal static class NumberReading
{
    private static readonly string[] Digits = ["líng", "yī", "èr", "sān", "sì", "wǔ", "liù", "qī", "bā", "jiǔ"];
    private static readonly string[] Units = ["", "shí", "bǎi", "qiān"];

    public static void AppendSyllables(ReadOnlySpan<char> digits, List<string> syllables)
    {
        // Up to four digits without a leading zero read as a number (105 → yībǎi líng wǔ);
        // longer runs and codes like 007 are read digit by digit.
        if (digits.Length > 4 || (digits.Length > 1 && digits[0] == '0'))
        {
            foreach (var d in digits) syllables.Add(Digits[d - '0']);
            return;
        }
        if (digits is "0")
        {
            syllables.Add(Digits[0]);
            return;
        }
        var pendingZero = false;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[i] - '0';
            var unit = digits.Length - 1 - i;
            if (d == 0)
            {
                pendingZero = true;
                continue;
            }
            if (pendingZero) syllables.Add(Digits[0]);
            pendingZero = false;
            // 10-19 are read shí, shíyī ..., not yīshí.
            if (!(d == 1 && unit == 1 && i == 0)) syllables.Add(Digits[d]);
            if (unit > 0) syllables.Add(Units[unit]);
        }
    }
}
