namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// Generates the rural naming initiative (乡村著名行动): proposals to name unnamed village roads
/// and features, to rename and to retire sample places, spread over every workflow state, each
/// with the dated event history that leads to its state (filing and announcement within 15 days).
/// </summary>
internal sealed class ProposalSampler(IReadOnlyList<CountyArea> counties, PlaceNamer namer, CountyPlacer placer, PlaceSampler.Result places)
{
    private static readonly WeightedChoice<string> FinalStates = new(
        [("draft", 6), ("submitted", 7), ("accepted", 6), ("assessing", 8), ("review", 7), ("approved", 5), ("rejected", 6),
         ("withdrawn", 4), ("filed", 5), ("announced", 6), ("standard", 15), ("signed", 25)]);
    private static readonly WeightedChoice<string> NamedClasses = new(
        [("natural_village", 35), ("road", 25), ("lane", 10), ("street", 5), ("bridge", 8), ("gully", 5), ("mountain", 4), ("river", 3), ("residential_area", 5)]);
    private static readonly Dictionary<string, SampleClass> Classes = SampleClass.All.ToDictionary(c => c.Category);
    private static readonly DateTimeOffset Start = new(2021, 3, 1, 0, 0, 0, TimeSpan.FromHours(8));
    private static readonly string[] Reports = ["assessment", "expert_review", "public_consultation"];

    public IReadOnlyList<ProposalRow> Generate(int count, long firstId, Random random)
    {
        var rows = new List<ProposalRow>(count);
        var countyChoice = new WeightedChoice<int>(Enumerable.Range(0, counties.Count).Select(i => (i, (double)Math.Max(counties[i].Villages.Count, 20))));
        for (var i = 0; i < count; i++)
            rows.Add(Proposal(firstId + i, countyChoice.Next(random), random));
        return rows;
    }

    private ProposalRow Proposal(long id, int countyIndex, Random random)
    {
        var county = counties[countyIndex];
        var candidates = places.PlacesByCounty[countyIndex];
        var roll = random.NextDouble();
        var kind = candidates.Count == 0 || roll < 0.80 ? "name" : roll < 0.94 ? "rename" : "retire";
        PlaceRow? target = kind == "name" ? null : places.Places[(int)(candidates[random.Next(candidates.Count)] - places.Places[0].Id)];
        var sampleClass = target is null ? Classes[NamedClasses.Next(random)] : Classes[target.Category];
        var unit = target is null ? county.UnitFor(sampleClass.Urban, random) : county.Villages.Concat(county.Townships).First(u => u.Code == target.DivisionCode);
        var township = county.TownshipOf(unit);
        var around = county.Around(unit);
        var name = kind == "retire" ? target!.Name : namer.Name(sampleClass, around, random);
        var applicant = unit.Code.EndsWith("000", StringComparison.Ordinal) || random.NextDouble() < 0.4 ? township.Name + "人民政府" : unit.Name;
        var rationale = kind switch
        {
            "name" => $"乡村著名行动：为{around.Village}一带未命名的{sampleClass.NameZh}命名为{name.Name}。",
            "rename" => $"{target!.Name.Name}与邻近地名重名、易混淆，拟更名为{name.Name}。",
            _ => $"{target!.Name.Name}所指村落已整体搬迁合并，申请销名。",
        };

        var final = FinalStates.Next(random);
        var leftFrom = final switch
        {
            "rejected" => ProposalState.RejectableFrom[random.Next(ProposalState.RejectableFrom.Count)],
            "withdrawn" => ProposalState.WithdrawableFrom[random.Next(ProposalState.WithdrawableFrom.Count)],
            _ => null,
        };
        var path = ProposalState.PathTo(final, leftFrom);
        var at = Start.AddDays(random.Next(1500)).AddMinutes(8 * 60 + random.Next(9 * 60));
        var events = new List<ProposalEventRow>(path.Count);
        DateOnly? approved = null, filed = null, announced = null;
        string? previous = null;
        foreach (var state in path)
        {
            if (previous is not null)
                at = at.AddDays(state is "filed" or "announced" ? 1 + random.Next(15) : 1 + random.Next(25)).AddMinutes(random.Next(-120, 120));
            var date = DateOnly.FromDateTime(at.DateTime);
            if (state == "approved") approved = date;
            if (state == "filed") filed = date;
            if (state == "announced") announced = date;
            var reports = previous == "assessing" ? "[\"" + string.Join("\",\"", Reports) + "\"]" : "[]";
            events.Add(new ProposalEventRow(id, at, Actor(state, applicant, county, township), previous, state, Note(state, name), reports));
            previous = state;
        }
        return new ProposalRow(id, kind, final, name, sampleClass.Category, unit.Code, target?.Point ?? placer.Point(county, random), rationale,
            applicant, target?.Id, approved, filed, announced, events[0].At, events[^1].At, events, SampleRomanization.Of(name.Name));
    }

    private static string Actor(string state, string applicant, CountyArea county, LocalUnit township) => state switch
    {
        "draft" or "submitted" or "withdrawn" => applicant,
        "accepted" => county.Name + "民政局受理窗口",
        "assessing" => county.Name + "地名委员会办公室",
        "review" => county.Name + "民政局审核员",
        "approved" or "rejected" or "announced" => county.Name + "人民政府",
        "filed" => county.Name + "民政局",
        "standard" => "山西省民政厅地名信息库",
        _ => township.Name + "人民政府",
    };

    private static string Note(string state, NameParts name) => state switch
    {
        "draft" => "起草申请",
        "submitted" => "提交申请材料",
        "accepted" => "材料齐全，予以受理",
        "assessing" => "开展综合评估、专家论证和社会听证",
        "review" => "评估、论证和听证报告已提交，进行规则审查",
        "approved" => $"批准{name.Name}",
        "rejected" => "不符合地名命名规则，不予批准",
        "withdrawn" => "申请人撤回",
        "filed" => "报上级民政部门备案",
        "announced" => "向社会公告",
        "standard" => "列入标准地名",
        _ => "地名标志已设置",
    };
}
