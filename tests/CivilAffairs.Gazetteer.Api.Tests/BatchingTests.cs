namespace CivilAffairs.Gazetteer.Api.Tests;

public sealed class BatchingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string PlacesWithTheirDivisions = """
        query($first: Int) {
          places(filter: { divisionCode: "1499" }, first: $first) {
            edges { node { name formerNames { name } division { name parent { name } children { name } } divisionChain { code name } } }
          }
        }
        """;

    private const string ProvincePlacesWithTheirChains = """
        query($first: Int) {
          places(filter: { divisionCode: "14" }, first: $first) {
            edges { node { name division { code name parent { code name parent { code name } } } divisionChain { code name level } } }
          }
        }
        """;

    private Task<int> RoundTripsFor(int first) => RoundTripsFor(PlacesWithTheirDivisions, first);

    private async Task<int> RoundTripsFor(string query, int first)
    {
        var client = new GraphQLClient(api.Factory.CreateClient());
        // Warm up: the first request opens the pool and loads Npgsql's type information.
        await client.DataAsync("{ division(code: \"14\") { name } }");
        using var trips = new SqlRoundTrips(api.Database.Name);
        var data = await client.DataAsync(query, new { first });
        Assert.Equal(first, data["places"]!["edges"]!.AsArray().Count);
        return trips.Count;
    }

    [Fact]
    public async Task PlacesWithTheirDivisionChainsTakeAFewQueriesWhateverThePageSize()
    {
        var few = await RoundTripsFor(2);
        var all = await RoundTripsFor(SampleHierarchy.AllPlaces);

        // The page, the divisions of every chain, their parents and children, and the former names:
        // a handful of batches, not one query per place.
        Assert.InRange(all, 1, 8);
        Assert.True(all <= few + 1, $"{all} queries for {SampleHierarchy.AllPlaces} places against {few} for 2: look-ups are not batched.");
    }

    [Fact]
    public async Task AHundredPlacesWithTheirDivisionChainsTakeAsManyQueriesAsTen()
    {
        var ten = await RoundTripsFor(ProvincePlacesWithTheirChains, 10);
        var hundred = await RoundTripsFor(ProvincePlacesWithTheirChains, 100);

        // The page, then the divisions of every chain and their parents, each level one batch:
        // the same handful of SQL commands whether the page holds 10 places or 100.
        Assert.InRange(ten, 1, 9);
        Assert.True(ten == hundred, $"{hundred} SQL commands for 100 places against {ten} for 10: some look-up runs once per place.");
    }
}
