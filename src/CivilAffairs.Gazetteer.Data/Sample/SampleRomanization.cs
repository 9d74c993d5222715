namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// The one place the sample asks for romanization. The registry's romanizer
/// (PlaceNameRomanizer in CivilAffairs.Gazetteer.Chinese) is not on this branch yet, so the
/// columns stay null; when it is, this method calls it and every sample table gets pinyin.
/// </summary>
internal static class SampleRomanization
{
#pragma warning disable IDE0060 // The name is what the romanizer will read.
    public static Romanization? Of(string name) => null;
#pragma warning restore IDE0060
}
