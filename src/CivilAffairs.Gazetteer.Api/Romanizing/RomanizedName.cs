using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Api.Romanizing;

/// <summary>
/// A name with every written form of its romanization, as the API answers it. The reading notes
/// are looked up from <paramref name="Name"/> only when a client asks for them.
/// </summary>
internal sealed record RomanizedName(string Name, Romanization Forms);
