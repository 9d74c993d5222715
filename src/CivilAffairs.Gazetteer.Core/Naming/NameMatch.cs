namespace CivilAffairs.Gazetteer.Naming;

/// <summary>How two names resemble each other, strongest first.</summary>
public enum NameMatch
{
    /// <summary>The same characters (traditional, full-width and committee forms folded): 贾村 / 賈村 / 贾村村委会.</summary>
    SameName,

    /// <summary>The same toneless pinyin with other characters: 贾村 / 家村 (jiacun).</summary>
    SameReading,

    /// <summary>The same specific with another generic: 张家庄 / 张家村.</summary>
    SameSpecific,

    /// <summary>One name inside the other: 东关小学 / 东关村东关小学, 王家庄 / 王家庄村.</summary>
    Contains,

    /// <summary>One character added, dropped or changed: 贾村卫生室 / 贾村卫生所.</summary>
    OneCharacterApart,

    /// <summary>The readings differ by at most two letters, two characters apart: 沈家窑 shenjiayao / 盛佳窑 shengjiayao.</summary>
    SimilarReading,
}
