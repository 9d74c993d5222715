using CivilAffairs.Gazetteer.Chinese;
using CivilAffairs.Gazetteer.Data.Sample;

namespace CivilAffairs.Gazetteer.Data.Tests.Sample;

/// <summary>How the sample sits on the real import: its categories, place-name codes, proposal links and romanization.</summary>
[Collection(SampleCollection.Name)]
public sealed class SampleIntegrationTests(SampledDatabase sampled)
{
    [Fact]
    public async Task EveryClassUsesACategoryOfCategoriesCsvAndTheSampleAddsNone()
    {
        var codes = File.ReadLines(Path.Combine(RepositoryPaths.DataDirectory(), "categories.csv")).Skip(1)
            .Where(line => line.Length > 0).Select(line => line.Split(',')[0]).ToHashSet(StringComparer.Ordinal);

        Assert.All(SampleClass.All, c => Assert.Contains(c.Category, codes));
        Assert.Equal(codes.Count, await sampled.ScalarAsync<long>("SELECT count(*) FROM place_category"));
        Assert.Equal(SampleClass.All.Count, SampleClass.All.Select(c => c.Number).Distinct().Count());
    }

    [Fact]
    public async Task EverySamplePlaceHasAUniqueCodeOfItsUnitAndClass()
    {
        var malformed = await sampled.ScalarAsync<long>(
            """
            SELECT count(*) FROM place
            WHERE provenance = 'sample' AND (code IS NULL OR code !~ '^[0-9]{18}$' OR left(code, 12) <> division_code)
            """);
        var duplicates = await sampled.ScalarAsync<long>("SELECT count(*) - count(DISTINCT code) FROM place WHERE code IS NOT NULL");
        var firstNaturalVillage = await sampled.ListAsync<string>(
            "SELECT substr(code, 13) FROM place WHERE provenance = 'sample' AND category = 'natural_village' ORDER BY id LIMIT 1");

        Assert.Equal(0, malformed);
        Assert.Equal(0, duplicates);
        Assert.Equal(["010001"], firstNaturalVillage);
    }

    [Fact]
    public async Task StandardAndSignedProposalsLinkThePlaceTheyCreated()
    {
        var decided = await sampled.ScalarAsync<long>("SELECT count(*) FROM proposal WHERE state IN ('standard', 'signed')");
        var unlinked = await sampled.ScalarAsync<long>(
            "SELECT count(*) FROM proposal WHERE state IN ('standard', 'signed') AND place_id IS NULL");
        var namedElsewhere = await sampled.ScalarAsync<long>(
            """
            SELECT count(*) FROM proposal r JOIN place p ON p.id = r.place_id
            WHERE r.kind = 'name' AND (p.name <> r.proposed_name OR p.division_code <> r.division_code OR p.category <> r.category)
            """);
        var linkedUndecided = await sampled.ScalarAsync<long>(
            "SELECT count(*) FROM proposal WHERE state NOT IN ('standard', 'signed') AND place_id IS NOT NULL");
        var claimedTwice = await sampled.ScalarAsync<long>(
            "SELECT count(*) - count(DISTINCT place_id) FROM proposal WHERE kind = 'name' AND place_id IS NOT NULL");

        Assert.True(decided > 100, $"only {decided} standard or signed proposals");
        Assert.Equal(0, unlinked);
        Assert.Equal(0, namedElsewhere);
        Assert.Equal(0, linkedUndecided);
        Assert.Equal(0, claimedTwice);
    }

    [Fact]
    public async Task EverySampleProposalWasSubmittedByASampleUserNamedAfterItsApplicant()
    {
        var proposals = await sampled.ScalarAsync<long>("SELECT count(*) FROM proposal WHERE provenance = 'sample'");
        var unmarked = await sampled.ScalarAsync<long>(
            "SELECT count(*) FROM proposal WHERE provenance = 'sample' AND submitted_by IS DISTINCT FROM 'sample:' || applicant");
        var wrongFirstActor = await sampled.ScalarAsync<long>(
            """
            SELECT count(*) FROM proposal p
            JOIN LATERAL (SELECT actor FROM proposal_event e WHERE e.proposal_id = p.id ORDER BY at, id LIMIT 1) first ON true
            WHERE p.provenance = 'sample' AND 'sample:' || first.actor <> p.submitted_by
            """);

        Assert.True(proposals > 100, $"only {proposals} sample proposals");
        Assert.Equal(0, unmarked);
        Assert.Equal(0, wrongFirstActor);
    }

    [Theory]
    [InlineData("SELECT count(*) FROM place WHERE provenance = 'sample' AND (romanized IS NULL OR romanized_toneless IS NULL OR pinyin_key IS NULL OR pinyin_initials IS NULL OR name_traditional IS NULL)")]
    [InlineData("SELECT count(*) FROM proposal WHERE romanized IS NULL OR pinyin_key IS NULL")]
    [InlineData("SELECT count(*) FROM poi WHERE pinyin_key IS NULL")]
    [InlineData("SELECT count(*) FROM historical_name WHERE romanized IS NULL OR pinyin_key IS NULL")]
    public async Task EverySampleRowStoresItsRomanization(string missing)
    {
        Assert.Equal(0, await sampled.ScalarAsync<long>(missing));
    }

    [Fact]
    public async Task StoredRomanizationIsTheToolkitsReadingOfTheName()
    {
        var rows = await sampled.ListAsync<string[]>(
            """
            SELECT ARRAY[name, romanized, pinyin_key, name_traditional] FROM place
            WHERE provenance = 'sample' ORDER BY id LIMIT 200
            """);

        Assert.Equal(200, rows.Count);
        Assert.All(rows, row =>
        {
            var expected = PlaceNameRomanizer.Shared.Romanize(row[0]);
            Assert.Equal(expected.WithTones, row[1]);
            Assert.Equal(expected.Key, row[2]);
            Assert.Equal(ChineseScript.ToTraditional(row[0]), row[3]);
            Assert.NotEqual("", row[2]);
        });
    }

    [Fact]
    public async Task TheIndexesAndForeignKeysDroppedForTheLoadAreBack()
    {
        var foreignKeys = await sampled.ListAsync<string>(
            "SELECT conname::text FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('place'::regclass, 'proposal'::regclass, 'proposal_event'::regclass, 'poi'::regclass)");
        Assert.Contains("place_category_fkey", foreignKeys);
        Assert.Contains("proposal_place_id_fkey", foreignKeys);
        Assert.Contains("proposal_event_proposal_id_fkey", foreignKeys);
        Assert.Contains("poi_place_id_fkey", foreignKeys);

        var indexes = await sampled.ListAsync<string>(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('place', 'poi', 'historical_name')");

        Assert.Contains("place_name_trgm", indexes);
        Assert.Contains("place_geom", indexes);
        Assert.Contains("place_code", indexes);
        Assert.Contains("poi_geom", indexes);
        Assert.Contains("historical_name_trgm", indexes);
    }
}
