namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>
/// A name read character by character in each character's most common reading, as people type it
/// (洪洞 as hongdong, where the place-name reading is Hóngtóng).
/// </summary>
/// <param name="Key">Toneless, lower case, letters only, ü written v: "hongdongxian".</param>
/// <param name="Initials">The first letter of every syllable: "hdx".</param>
public sealed record EverydayPinyin(string Key, string Initials);
