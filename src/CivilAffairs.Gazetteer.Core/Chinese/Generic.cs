namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>One generic (通名) of the generics table, with its pinyin and role.</summary>
public sealed record Generic(string Text, string Pinyin, GenericRole Role);
