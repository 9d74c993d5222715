using System.Globalization;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// The place-name codes (地名代码) of sample places: 18 digits, the 12-digit code of the village or
/// township the place lies in, the two-digit <see cref="SampleClass.Number"/> and a four-digit
/// sequence within that unit and class, from 0001: 140121100201 01 0003 is the third natural
/// village of 140121100201. Imported places carry 12-digit codes, so the two never collide.
/// </summary>
internal sealed class PlaceCodes(SampleClass sampleClass)
{
    public const int MaxPerUnit = 9_999;

    private readonly Dictionary<string, int> _issued = new(StringComparer.Ordinal);

    public string Next(string divisionCode)
    {
        var sequence = _issued.GetValueOrDefault(divisionCode) + 1;
        if (sequence > MaxPerUnit)
            throw new InvalidOperationException(
                $"More than {MaxPerUnit:N0} sample places of class {sampleClass.Category} in division {divisionCode}: the four-digit sequence of the place-name code is exhausted.");
        _issued[divisionCode] = sequence;
        return string.Create(CultureInfo.InvariantCulture, $"{divisionCode}{sampleClass.Number:D2}{sequence:D4}");
    }
}
