namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>The readings of one character from Unihan; Readings[0] is the most common one.</summary>
internal sealed record CharacterReadings(bool Standard, string[] Readings)
{
    public bool IsPolyphonic => Readings.Length > 1;
}
