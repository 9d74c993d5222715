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

    private async Task<int> RoundTripsFor(int first)
    {
        var client = new GraphQLClient(api.Factory.CreateClient());
        // Warm up: the first request opens the pool and loads Npgsql's type information.
        await client.DataAsync("{ division(code: \"14\") { name } }");
        using var trips = new SqlRoundTrips(api.Database.Name);
        var data = await client.DataAsync(PlacesWithTheirDivisions, new { first });
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
}
