namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// Reads a CSV place file: a header line naming the columns of <see cref="PlaceColumns"/>,
/// geometry in a wkt column or in lon and lat columns, then one record per place.
/// </summary>
internal static class CsvPlaceSource
{
    public static PlaceFileContent Read(string text)
    {
        using var records = CsvRecordReader.Read(text).GetEnumerator();
        if (!records.MoveNext())
            return Refused(new PlaceFileIssue(null, "the file is empty: it needs a header line (name,category,division_code,lon,lat,...) and one line per place."));

        var header = records.Current;
        var columns = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var headerIssues = CheckHeader(header, columns);
        if (headerIssues.Count > 0)
            return new PlaceFileContent(PlaceFileFormat.Csv, [], headerIssues, header.Raw);

        var result = new List<SourceRecord>();
        while (records.MoveNext())
        {
            var record = records.Current;
            var location = new PlaceFileLocation(record.Line);
            var problems = new List<string>();
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (record.Problem is not null)
                problems.Add(record.Problem);
            else if (record.Fields.Count != columns.Count)
                problems.Add($"the record has {record.Fields.Count} fields but the header has {columns.Count}; " +
                             "a value containing a comma or a line break must be enclosed in double quotes.");
            else
                for (var c = 0; c < columns.Count; c++)
                    if (!PlaceColumns.Ignored.Contains(columns[c]) && !string.IsNullOrWhiteSpace(record.Fields[c]))
                        values[columns[c]] = record.Fields[c].Trim();
            result.Add(new SourceRecord(location, record.Raw, values, null, problems));
        }
        return new PlaceFileContent(PlaceFileFormat.Csv, result, [], header.Raw);
    }

    private static List<PlaceFileIssue> CheckHeader(CsvRecord header, List<string> columns)
    {
        var at = new PlaceFileLocation(header.Line);
        var issues = new List<PlaceFileIssue>();
        if (header.Problem is not null)
            issues.Add(new PlaceFileIssue(at, "header: " + header.Problem));
        foreach (var duplicate in columns.GroupBy(c => c).Where(g => g.Count() > 1))
            issues.Add(new PlaceFileIssue(at, $"header: column '{duplicate.Key}' appears {duplicate.Count()} times; keep one."));
        var known = PlaceColumns.Attributes.Concat([PlaceColumns.Wkt, PlaceColumns.Lon, PlaceColumns.Lat]).Concat(PlaceColumns.Ignored).ToHashSet();
        foreach (var unknown in columns.Where(c => !known.Contains(c)).Distinct())
            issues.Add(new PlaceFileIssue(at, unknown.Length == 0
                ? "header: a column has no name; name every column or remove the empty one."
                : $"header: unknown column '{unknown}'; the columns are {string.Join(", ", known.Except(PlaceColumns.Ignored))}."));
        foreach (var missing in PlaceColumns.Required.Where(r => !columns.Contains(r)))
            issues.Add(new PlaceFileIssue(at, $"header: the required column '{missing}' is missing."));

        var hasWkt = columns.Contains(PlaceColumns.Wkt);
        var hasLon = columns.Contains(PlaceColumns.Lon);
        var hasLat = columns.Contains(PlaceColumns.Lat);
        if (hasWkt && (hasLon || hasLat))
            issues.Add(new PlaceFileIssue(at, "header: give the geometry either in a wkt column or in lon and lat columns, not both."));
        else if (!hasWkt && hasLon != hasLat)
            issues.Add(new PlaceFileIssue(at, $"header: column '{(hasLon ? PlaceColumns.Lat : PlaceColumns.Lon)}' is missing; lon and lat go together."));
        else if (!hasWkt && !hasLon)
            issues.Add(new PlaceFileIssue(at, "header: no geometry columns; add lon and lat (decimal degrees, WGS84/CGCS2000) or wkt."));
        return issues;
    }

    private static PlaceFileContent Refused(PlaceFileIssue issue) => new(PlaceFileFormat.Csv, [], [issue]);
}
