namespace CivilAffairs.Gazetteer.Naming;

/// <summary>One entry of a naming word list: the word and why it is listed.</summary>
public sealed record WordEntry(string Word, string Note);
