using CivilAffairs.Gazetteer.Search.Geocoding;
using Xunit.Abstractions;

namespace CivilAffairs.Gazetteer.Search.Tests.Geocoding;

/// <summary>The labelled set against the real hierarchy as imported, loaded from PostGIS the way production loads it.</summary>
[Collection(ImportedHierarchyCollection.Name)]
public sealed class AddressSetTests(ImportedHierarchy imported, ITestOutputHelper output)
{
    [Fact]
    public void CommittedSetIsWhatTheGeneratorWrites()
    {
        var generated = AddressSet.Render(new AddressSetGenerator(imported.Hierarchy.Divisions, imported.Hierarchy.Changes).Generate());
        if (Environment.GetEnvironmentVariable("GAZETTEER_WRITE_ADDRESSES") == "1")
            File.WriteAllText(AddressSet.FilePath, generated);

        Assert.Equal(generated, File.ReadAllText(AddressSet.FilePath));
    }

    [Fact]
    public void TopOneAccuracyIsAtLeast97PercentAndEveryAmbiguousAddressGetsItsAlternatives()
    {
        var geocoder = imported.Geocoder;
        var set = AddressSet.Load();
        Assert.True(set.Count >= 600, $"the set has {set.Count} addresses");

        var failures = new List<string>();
        var byKind = new Dictionary<string, (int Right, int All)>();
        var ambiguous = set.Where(a => a.ExpectedStatus == "AMBIGUOUS").ToList();
        foreach (var labelled in set)
        {
            var result = geocoder.Geocode(labelled.Address, new DateOnly(2024, 1, 1));
            var right = labelled.ExpectedStatus == "MATCHED"
                ? result.Status == GeocodeStatus.Matched && result.Best?.Code == labelled.ExpectedCodes[0]
                : result.Status == GeocodeStatus.Ambiguous && labelled.ExpectedCodes.All(c => result.Alternatives.Any(a => a.Code == c))
                    && result.Alternatives.All(a => a.Confidence <= 0.5);
            var (r, n) = byKind.GetValueOrDefault(labelled.Kind);
            byKind[labelled.Kind] = (r + (right ? 1 : 0), n + 1);
            if (!right)
                failures.Add($"{labelled.Kind}\t{labelled.Address}\texpected {labelled.ExpectedStatus} {string.Join(',', labelled.ExpectedCodes)}" +
                    $"\tgot {result.Status} {result.Best?.Code} {result.Best?.Name} ({result.Best?.Confidence}) alternatives {result.Alternatives.Count}");
        }

        foreach (var (kind, (r, n)) in byKind.OrderBy(k => k.Key, StringComparer.Ordinal))
            output.WriteLine($"{kind,-22} {r,4}/{n,-4}");
        foreach (var failure in failures)
            output.WriteLine(failure);
        var accuracy = 1.0 - (double)failures.Count / set.Count;
        output.WriteLine($"top-1 accuracy {accuracy:P2} over {set.Count} addresses ({ambiguous.Count} ambiguous)");

        Assert.True(ambiguous.Count >= 50, $"only {ambiguous.Count} ambiguous cases");
        Assert.True(accuracy >= 0.97, $"top-1 accuracy {accuracy:P2}; failures:\n{string.Join('\n', failures)}");
        Assert.DoesNotContain(failures, f => f.StartsWith("ambiguous", StringComparison.Ordinal));
    }
}
