using System.Text;

namespace CivilAffairs.Gazetteer.Search.Geocoding;

/// <summary>RFC 4180 records, streamed: quoted fields may hold commas, doubled quotes and line breaks.</summary>
internal static class CsvRecords
{
    public static async IAsyncEnumerable<IReadOnlyList<string>> ReadAsync(TextReader reader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c != '"') field.Append(c);
                    else if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                    else quoted = false;
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
                else field.Append(c);
            }
            if (quoted)
            {
                field.Append('\n');
                continue;
            }
            fields.Add(field.ToString());
            field.Clear();
            yield return fields.ToArray();
            fields.Clear();
        }
        if (quoted)
            throw new InvalidDataException("The CSV ends inside a quoted field: a closing \" is missing.");
    }

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
