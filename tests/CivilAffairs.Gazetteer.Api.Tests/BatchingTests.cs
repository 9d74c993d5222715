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

    private async Task<int> RoundTripsFor(int first) => (await RoundTripsFor(PlacesWithTheirDivisions, first)).Count;

    private async Task<SqlRoundTrips> RoundTripsFor(string query, int first)
    {
        var client = new GraphQLClient(api.Factory.CreateClient());
        // Warm up with the same query: the first request opens the pool, loads Npgsql's type information
        // and whatever the resolvers set up on first use; none of that is a round trip per place.
        await client.DataAsync(query, new { first = 1 });
        var trips = new SqlRoundTrips(api.Database.Name);
        var data = await client.DataAsync(query, new { first });
        trips.Dispose();
        Assert.Equal(first, data["places"]!["edges"]!.AsArray().Count);
        return trips;
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
        var shown = $"for 10 places: {string.Join(" | ", ten.Commands)}; for 100: {string.Join(" | ", hundred.Commands)}";
        Assert.True(ten.Count is >= 1 and < 10, shown);
        Assert.True(ten.Count == hundred.Count, $"{hundred.Count} SQL commands for 100 places against {ten.Count} for 10: some look-up runs once per place. {shown}");
    }
}
