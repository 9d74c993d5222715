namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>What a generic (通名) names; it decides whether the romanization writes it apart.</summary>
public enum GenericRole
{
    /// <summary>省 市 县 区 镇 乡 街道: written apart (Hóngtóng Xiàn).</summary>
    Division,

    /// <summary>社区: a community, written apart.</summary>
    Community,

    /// <summary>村 庄 屯 寨: natural villages and towns are written as one word (Wángcūn).</summary>
    Settlement,

    /// <summary>山 河 沟 峪 梁: natural features, written apart (Tàiháng Shān).</summary>
    NaturalFeature,

    /// <summary>路 街 巷: streets and lanes, written apart.</summary>
    Street,

    /// <summary>桥 站 公园: facilities, written apart.</summary>
    Facility,
}
