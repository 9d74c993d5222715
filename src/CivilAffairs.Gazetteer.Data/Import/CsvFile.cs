using System.Text;

namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>
/// Reads the RFC 4180 CSV files under data/ (UTF-8, a header row, quoted fields may hold
/// commas, quotes and line breaks). Small enough not to need a library; every record keeps
/// the line it started on so errors point into the file.
/// </summary>
internal static class CsvFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<CsvRecord> Read(string path, params string[] requiredColumns)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
            throw new ImportDataException(name, 0, $"the file is missing (looked for {path})");
        string text;
        try
        {
            text = File.ReadAllText(path, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportDataException(name, 0, "the file is not UTF-8; save it as UTF-8 and import again");
        }

        var rows = Parse(name, text.TrimStart('\uFEFF'));
        if (rows.Count == 0)
            throw new ImportDataException(name, 0, "the file is empty; it needs a header row");
        var header = rows[0].Fields;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
            columns[header[i].Trim()] = i;
        foreach (var column in requiredColumns)
            if (!columns.ContainsKey(column))
                throw new ImportDataException(name, 1, $"the header has no column '{column}' (expected {string.Join(", ", requiredColumns)})");

        var records = new List<CsvRecord>(rows.Count - 1);
        foreach (var (line, fields) in rows.Skip(1))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
                continue;
            if (fields.Count != header.Count)
                throw new ImportDataException(name, line, $"the row has {fields.Count} fields, the header {header.Count}");
            records.Add(new CsvRecord(name, line, columns, fields));
        }
        return records;
    }

    private static List<(int Line, List<string> Fields)> Parse(string name, string text)
    {
        var rows = new List<(int, List<string>)>();
        var field = new StringBuilder();
        var fields = new List<string>();
        var line = 1;
        var rowStart = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0: quoted = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    rows.Add((rowStart, fields));
                    fields = [];
                    rowStart = ++line;
                    break;
                default: field.Append(c); break;
            }
        }
        if (quoted)
            throw new ImportDataException(name, rowStart, "a quoted field is not closed");
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add((rowStart, fields));
        }
        return rows;
    }
}
