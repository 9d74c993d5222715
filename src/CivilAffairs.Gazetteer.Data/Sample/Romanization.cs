namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>The romanization columns of a name: 'Wángjiāzhuāng', 'Wangjiazhuang', 'wangjiazhuang', 'wjz'.</summary>
internal sealed record Romanization(string Romanized, string Toneless, string Key, string Initials);
