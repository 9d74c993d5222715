using CivilAffairs.Gazetteer.Chinese;
using CivilAffairs.Gazetteer.Data.Import;
using CivilAffairs.Gazetteer.Testing;

namespace CivilAffairs.Gazetteer.Data.Tests.Import;

/// <summary>The romanization and traditional form every place of the real import carries.</summary>
public sealed class RealDataRomanizationTests(GazetteerDatabase database) : IClassFixture<GazetteerDatabase>
{
    [Theory]
    // code, name, romanized, toneless, pinyin key, initials (one letter per syllable: Hóng Tóng Xiàn → htx), traditional
    [InlineData("141024000000", "洪洞县", "Hóngtóng Xiàn", "Hongtong Xian", "hongtongxian", "htx", "洪洞縣")]
    [InlineData("141031000000", "隰县", "Xí Xiàn", "Xi Xian", "xixian", "xx", "隰縣")]
    [InlineData("140121204213", "贾村", "Jiǎcūn", "Jiacun", "jiacun", "jc", "賈村")]
    [InlineData("140000000000", "山西省", "Shānxī Shěng", "Shanxi Sheng", "shanxisheng", "sxs", "山西省")]
    public async Task ImportedPlacesCarryTheirRomanizationAndTraditionalForm(
        string code, string name, string romanized, string toneless, string key, string initials, string traditional)
    {
        await using var command = database.DataSource.CreateCommand(
            """
            SELECT name, romanized, romanized_toneless, pinyin_key, pinyin_initials, name_traditional
            FROM place WHERE code = $1 AND status = 'current' AND provenance = 'official'
            """);
        command.Parameters.AddWithValue(code);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());

        Assert.Equal(
            (name, romanized, toneless, key, initials, traditional),
            (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
    }

    [Fact]
    public async Task EveryImportedPlaceIsRomanizedAndFlaggedExactlyWhenTheToolkitDoubtsItsReading()
    {
        var rows = new List<(string Name, string? Romanized, bool NeedsReview)>();
        await using (var command = database.DataSource.CreateCommand(
            "SELECT name, romanized, reading_needs_review FROM place WHERE import_run_id IN (SELECT id FROM import_run WHERE dataset = $1)"))
        {
            command.Parameters.AddWithValue(RealDataImporter.Dataset);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetBoolean(2)));
        }

        Assert.Equal(23391, rows.Count);
        Assert.All(rows, row =>
        {
            var expected = PlaceNameRomanizer.Shared.Romanize(row.Name);
            Assert.Equal((row.Name, expected.WithTones, expected.NeedsReview), (row.Name, row.Romanized ?? "", row.NeedsReview));
        });
        Assert.Contains(rows, row => row.NeedsReview);
        Assert.Contains(rows, row => !row.NeedsReview);
    }
}
