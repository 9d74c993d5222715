namespace CivilAffairs.Gazetteer.Bench.Http;

/// <summary>
/// How a load run drives the API: <see cref="Clients"/> concurrent clients, each sending its next
/// request as soon as the previous answer is read, for <see cref="Duration"/> or until
/// <see cref="Requests"/> requests in all (whichever is given; both: whichever comes first).
/// The first <see cref="Warmup"/> of the run is not measured.
/// </summary>
internal sealed record LoadPlan(int Clients, TimeSpan? Duration = null, int? Requests = null, TimeSpan? Warmup = null)
{
    public static LoadPlan For(int clients, TimeSpan duration) => new(clients, duration, null, TimeSpan.FromSeconds(1));

    public static LoadPlan Count(int clients, int requests) => new(clients, null, requests, null);

    public void Validate()
    {
        if (Clients < 1) throw new ArgumentOutOfRangeException(nameof(Clients), Clients, "a load run needs at least one client");
        if (Duration is null && Requests is null) throw new ArgumentException("give a Duration, a Requests count or both");
        if (Requests is < 1) throw new ArgumentOutOfRangeException(nameof(Requests), Requests, "at least one request");
    }
}
