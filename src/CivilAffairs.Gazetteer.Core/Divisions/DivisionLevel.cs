namespace CivilAffairs.Gazetteer.Divisions;

/// <summary>The five levels of the statistical division codes.</summary>
public enum DivisionLevel
{
    /// <summary>省</summary>
    Province = 1,
    /// <summary>地级市</summary>
    City = 2,
    /// <summary>县/区/县级市</summary>
    County = 3,
    /// <summary>乡镇街道</summary>
    Township = 4,
    /// <summary>村委会/居委会</summary>
    Village = 5,
}
