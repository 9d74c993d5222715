namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// The romanization columns of a name: 'Wángjiāzhuāng', 'Wangjiazhuang', 'wangjiazhuang', 'wjz',
/// whether a reading needs review, and the traditional form '王家莊'.
/// </summary>
internal sealed record Romanization(string Romanized, string Toneless, string Key, string Initials, bool NeedsReview, string Traditional);
