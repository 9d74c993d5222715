namespace CivilAffairs.Gazetteer.Data.Places;

/// <summary>The orders a list of places can be read in; ties are broken by id, so every order is total.</summary>
public enum PlaceOrder
{
    /// <summary>By id: the order places were registered in (the default).</summary>
    Id,
    /// <summary>By the standard name, character by character (Unicode code points).</summary>
    Name,
    /// <summary>By the toneless pinyin key (hongtongxian), names without a reading last.</summary>
    Pinyin,
    /// <summary>Nearest first from the filter's point (near), in metres on the ellipsoid.</summary>
    Distance,
}
