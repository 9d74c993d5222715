namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>How an address names a division; shorter forms are weaker evidence.</summary>
public enum NameForm
{
    /// <summary>The official name or the committee's place name: 洪洞县, 贾村, 贾村村委会.</summary>
    Official,
    /// <summary>Without its generic: 洪洞 for 洪洞县, 大槐树 for 大槐树镇.</summary>
    Short,
    /// <summary>A name the unit had before an admin change: 长治县 for 上党区.</summary>
    Former,
}
