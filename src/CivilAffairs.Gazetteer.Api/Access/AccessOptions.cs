namespace CivilAffairs.Gazetteer.Api.Access;

/// <summary>
/// Configuration section Auth: the signing key (base64; else GAZETTEER_SIGNING_KEY, else
/// .local/signing-key) and the per-client rate limits of writes and expensive reads.
/// </summary>
internal sealed class AccessOptions
{
    public const string Section = "Auth";

    public string? SigningKey { get; set; }

    /// <summary>
    /// Whether the per-client limits apply at all. The load and fuzz scripts start their nodes with
    /// Auth__RateLimits=false: every request they send comes from 127.0.0.1, one client, and they
    /// measure the service, not the limiter.
    /// </summary>
    public bool RateLimits { get; set; } = true;

    /// <summary>Writes a client may make per <see cref="Window"/>.</summary>
    public int WritesPerWindow { get; set; } = 120;

    /// <summary>Expensive reads (proposal lists, statistics, audit log) a client may make per <see cref="Window"/>.</summary>
    public int ExpensiveReadsPerWindow { get; set; } = 300;

    /// <summary>
    /// Costly public reads a client may make per <see cref="Window"/>: search, geocode (and geocodeStructured,
    /// reverseGeocode), each row of a geocodeBatch, places with a spatial filter, historicalNames with text.
    /// 6,000 a minute is 100 a second, far above what a person or a delivery firm's dispatcher sends.
    /// </summary>
    public int PublicReadsPerWindow { get; set; } = 6000;

    /// <summary>Whole-registry exports (/changes/snapshot, /export/historical-names.lpf.json) a client may start per <see cref="Window"/>.</summary>
    public int ExportsPerWindow { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
