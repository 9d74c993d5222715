namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// The sample 沿革 events between the sampled historical names: every name is named in the year it
/// began; CHGIS units at the same present location that follow each other under another name are
/// read as a rename (河东郡 → …); a village renamed after CHGIS's attestation becomes the name CHGIS
/// gives for today's location (营田堡 → 营田庄) where that differs; abolished names end.
/// </summary>
internal sealed class HistoricalLineage(IReadOnlyList<HistoricalNameRow> names)
{
    private const string Directions = "东西南北";

    public IReadOnlyList<NameEventRow> Events(long firstId)
    {
        var events = new List<NameEventRow>();
        var id = firstId;
        foreach (var name in names)
            events.Add(new NameEventRow(id++, "named", name.Years.Begin, name.Years.BeginApproximate,
                $"{name.Years.AroseEra}始称{name.Record.Simplified}（样例沿革 sample lineage）", [Link("to", name)]));

        var succeeded = new HashSet<long>();
        foreach (var group in names.Where(n => !n.Record.IsVillage).GroupBy(n => n.Record.PresentLocation))
        {
            var ordered = group.OrderBy(n => n.Years.Begin).ThenBy(n => n.Id).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var (before, after) = (ordered[i - 1], ordered[i]);
                if (before.Record.Simplified == after.Record.Simplified || !succeeded.Add(before.Id)) continue;
                events.Add(new NameEventRow(id++, "renamed", after.Years.Begin, false,
                    $"{before.Record.Simplified} → {after.Record.Simplified}: successive CHGIS units at {after.Record.PresentLocation}, read as a rename (sample lineage)",
                    [Link("from", before), Link("to", after)]));
            }
        }

        foreach (var name in names.Where(n => n.Years.End is not null && !succeeded.Contains(n.Id)))
        {
            var end = name.Years.End!.Value;
            if (name.Status == "renamed" && name.Record.IsVillage && TodayName(name.Record) is { } today && today != name.Record.Simplified)
                events.Add(new NameEventRow(id++, "renamed", end, name.Years.EndApproximate,
                    $"{name.Record.Simplified} → {today}: today's name as CHGIS locates it (sample lineage)",
                    [Link("from", name), new NameEventLink("to", null, today)]));
            else if (name.Status == "abolished")
                events.Add(new NameEventRow(id++, "abolished", end, name.Years.EndApproximate,
                    $"{name.Record.Simplified} abolished (sample lineage)", [Link("from", name)]));
        }
        return events;
    }

    /// <summary>The place name at the end of CHGIS's present location (山西洪洞县东北营田庄 → 营田庄), or null when it names only a county and a direction.</summary>
    internal static string? TodayName(ChgisRecord record)
    {
        var text = record.PresentLocation.StartsWith("山西", StringComparison.Ordinal) ? record.PresentLocation[2..] : record.PresentLocation;
        var county = text.IndexOfAny(['县', '市', '区']);
        if (county < 0) return null;
        var rest = text[(county + 1)..].TrimStart(Directions.ToCharArray());
        return rest.Length >= 2 ? rest : null;
    }

    private static NameEventLink Link(string role, HistoricalNameRow name) => new(role, name.Id, name.Record.Simplified);
}
