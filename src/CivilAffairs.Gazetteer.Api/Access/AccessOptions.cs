namespace CivilAffairs.Gazetteer.Api.Access;

/// <summary>
/// Configuration section Auth: the signing key (base64; else GAZETTEER_SIGNING_KEY, else
/// .local/signing-key) and the per-client rate limits of writes and expensive reads.
/// </summary>
internal sealed class AccessOptions
{
    public const string Section = "Auth";

    public string? SigningKey { get; set; }

    /// <summary>Writes a client may make per <see cref="Window"/>.</summary>
    public int WritesPerWindow { get; set; } = 120;

    /// <summary>Expensive reads (proposal lists, statistics, audit log) a client may make per <see cref="Window"/>.</summary>
    public int ExpensiveReadsPerWindow { get; set; } = 300;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
