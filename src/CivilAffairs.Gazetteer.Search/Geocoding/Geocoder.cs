using System.Text;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>
/// Free-text and structured Chinese addresses to the village (村/社区), over the in-memory
/// <see cref="AdministrativeHierarchy"/>. Thread-safe; bad input gets INVALID or NO_MATCH with a
/// message, never an exception (except a batch over <see cref="MaxBatchSize"/>).
/// </summary>
public sealed class Geocoder(HierarchySource hierarchy)
{
    public const int MaxAddressLength = 500;
    public const int MaxBatchSize = 1000;
    private const int MaxAlternatives = 50;
    /// <summary>Scores closer than this are a tie: nothing in the text tells the units apart.</summary>
    private const double Tie = 0.05;

    public Geocoder(AdministrativeHierarchy hierarchy) : this(new HierarchySource(hierarchy)) { }

    public GeocodeResult Geocode(string? address, DateOnly? asOf = null)
    {
        if (address is null || string.IsNullOrWhiteSpace(address))
            return GeocodeResult.Invalid(address ?? "", "The address is empty: give at least a county, township or village name.");
        if (address.Length > MaxAddressLength)
            return GeocodeResult.Invalid(address[..40] + "…", $"The address is {address.Length} characters long; at most {MaxAddressLength} are accepted.");

        var current = hierarchy.Current;
        var day = asOf ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var text = AddressText.Normalize(address);
        var mentions = AddressParser.FindMentions(current, text, day);
        var candidates = AddressParser.Candidates(mentions);
        if (candidates.Count == 0)
            return new GeocodeResult(address, GeocodeStatus.NoMatch, null, [], Unused(text, []), [], "No division name of the registry was found in the address.");

        var top = candidates[0];
        var near = candidates.TakeWhile(c => c.Score >= top.Score - Tie).ToList();
        var tied = near
            .Where(c => c.Coverage == top.Coverage && !near.Any(o => o.Unit.Id != c.Unit.Id && c.Unit.Contains(o.Unit)))
            .ToList();
        var followed = top.Support.SelectMany(m => Followed(m, current, day)).Distinct().ToList();
        var unused = Unused(text, top.Support);

        if (tied.Count > 1)
        {
            var confidence = Math.Round(Math.Min(0.4, 0.8 / tied.Count), 3);
            var alternatives = tied.Take(MaxAlternatives).Select(c => ToMatch(c, current, day, confidence)).ToList();
            return new GeocodeResult(address, GeocodeStatus.Ambiguous, alternatives[0], alternatives, unused, followed,
                $"{tied.Count} units fit the address equally well; add the township or county to choose.");
        }

        var runnerUp = candidates.Skip(1).FirstOrDefault(c => !c.Unit.Contains(top.Unit) && !top.Unit.Contains(c.Unit));
        var quality = top.Support.Average(m => m.Weight);
        var certainty = 0.5 + 0.48 * (0.5 * top.Completeness + 0.5 * quality);
        if (runnerUp is not null)
            certainty *= Math.Min(1.0, 0.6 + (top.Score - runnerUp.Score) / top.Score);
        return new GeocodeResult(address, GeocodeStatus.Matched, ToMatch(top, current, day, Math.Round(certainty, 3)), [], unused, followed, null);
    }

    public GeocodeResult GeocodeStructured(StructuredAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        // Each field stays apart (a break between them) so that no name is read across two fields.
        var parts = new[] { address.Province, address.City, address.County, address.Township, address.Village, address.Detail }
            .Where(p => !string.IsNullOrWhiteSpace(p));
        return Geocode(string.Join(AddressText.Break, parts), address.AsOf);
    }

    /// <summary>One result per address, in order. More than <see cref="MaxBatchSize"/> addresses is refused as a whole.</summary>
    public IReadOnlyList<GeocodeResult> GeocodeBatch(IReadOnlyList<string?> addresses, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        if (addresses.Count > MaxBatchSize)
            throw new BatchTooLargeException(addresses.Count, MaxBatchSize);
        var results = new GeocodeResult[addresses.Count];
        for (var i = 0; i < addresses.Count; i++)
            results[i] = Geocode(addresses[i], asOf);
        return results;
    }

    private static GeocodeMatch ToMatch(Candidate candidate, AdministrativeHierarchy hierarchy, DateOnly day, double confidence)
    {
        var unit = candidate.Unit;
        var chain = hierarchy.ChainOf(unit, day).Select(d => new ChainLink(d.Code, NameForms.PlaceName(d), d.Level)).ToList();
        return new GeocodeMatch(unit.Code, NameForms.PlaceName(unit), unit.Level, chain, unit.Point, unit.PointDerived, confidence);
    }

    private static IEnumerable<FollowedChange> Followed(Mention mention, AdministrativeHierarchy hierarchy, DateOnly day)
    {
        if (mention.Via.Count == 0)
            yield break;
        var last = mention.Via[^1];
        yield return new FollowedChange(mention.Entry.Name, mention.Entry.Division.ShortCode, mention.Unit.Name, mention.Unit.ShortCode, last.Date, last.Kind, last);
    }

    private static string Unused(string text, IReadOnlyList<Mention> used)
    {
        var covered = new bool[text.Length];
        foreach (var m in used)
            Array.Fill(covered, true, m.Start, m.Length);
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var isGap = covered[i] || text[i] == AddressText.Break;
            if (isGap)
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                    builder.Append(' ');
            }
            else
                builder.Append(text[i]);
        }
        return builder.ToString().Trim();
    }
}
