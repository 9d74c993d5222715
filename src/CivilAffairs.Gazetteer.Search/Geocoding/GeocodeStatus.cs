namespace CivilAffairs.Gazetteer.Search.Geocoding;

public enum GeocodeStatus
{
    /// <summary>One unit stands out.</summary>
    Matched,
    /// <summary>Several units fit equally well; all are in the alternatives, none is confident.</summary>
    Ambiguous,
    /// <summary>No name of the hierarchy was found in the text.</summary>
    NoMatch,
    /// <summary>The input cannot be an address (empty, too long); the message says why.</summary>
    Invalid,
}
