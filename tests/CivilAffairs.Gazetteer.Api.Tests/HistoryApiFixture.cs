using CivilAffairs.Gazetteer.Search;
using CivilAffairs.Gazetteer.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>
/// The API over a copy of the template with three historical names of known years added before the
/// API starts (so its index holds them): a name used 581-1368, 洪洞县 with a lineage from 杨县, and a
/// Qin name of 221-207 BCE. Marked sample like the rest of the generated history.
/// </summary>
public sealed class HistoryApiFixture : IAsyncLifetime
{
    public const long SuiToYuan = 900_001;
    public const long Hongtong = 900_002;
    public const long Qin = 900_003;

    private readonly GazetteerDatabase database = new();

    public ApiFactory Factory { get; private set; } = null!;

    public GazetteerDatabase Database => database;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await using (var command = database.DataSource.CreateCommand(
            $"""
            INSERT INTO historical_name (id, name, name_traditional, begin_year, end_year, begin_precision, end_approximate, dynasty, status, geom,
                                         meaning, origin, evolution, list_level, list_category, division_code, provenance)
            OVERRIDING SYSTEM VALUE VALUES
              ({SuiToYuan}, '样例古州', '樣例古州', 581, 1368, 'year', true, '隋', 'abolished', ST_SetSRID(ST_MakePoint(111.5, 36.0), 4326),
               '以样例山得名。', '隋开皇元年置。', '隋开皇元年置样例古州，历唐宋金，元末废。', 'province', '古州郡名', '141000000000', 'sample'),
              ({Hongtong}, '洪洞县', '洪洞縣', 618, NULL, 'year', false, '唐', 'in_use', ST_SetSRID(ST_MakePoint(111.68291, 36.2594), 4326),
               '以城北洪崖、城南古洞得名。', '隋义宁二年由杨县改名。', '汉置杨县，隋义宁二年改名洪洞县，沿用至今。', 'province', '千年古县', '141024000000', 'sample'),
              ({Qin}, '样例秦县', '樣例秦縣', -221, -207, 'dynasty', false, '秦', 'abolished', ST_SetSRID(ST_MakePoint(112.5, 37.8), 4326),
               '样例。', '秦置。', '秦始皇二十六年置郡县时设，秦亡而废。', 'county', '古县名', '140100000000', 'sample');
            INSERT INTO citation (historical_name_id, source, page, note, certainty) VALUES
              ({Hongtong}, '《洪洞县志》（样例引文 sample citation）', '卷一·沿革', 'The rename from 杨县.', 'probable'),
              ({Hongtong}, 'China Historical GIS (CHGIS)', 'http://maps.cga.harvard.edu/tgaz/placename/hvd_1128', 'attested 1820', 'certain');
            WITH e AS (INSERT INTO name_event (kind, year, note, provenance) VALUES ('renamed', 618, '杨县 → 洪洞县', 'sample') RETURNING id)
            INSERT INTO name_event_link (event_id, role, historical_name_id, name)
            SELECT id, 'from', NULL, '杨县' FROM e UNION ALL SELECT id, 'to', {Hongtong}, '洪洞县' FROM e;
            """))
            await command.ExecuteNonQueryAsync();
        NpgsqlConnection.ClearAllPools();
        Factory = new ApiFactory(database.ConnectionString);
        await Factory.Services.GetRequiredService<PlaceIndex>().WhenReadyAsync(TimeSpan.FromMinutes(3));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database.DisposeAsync();
    }
}
