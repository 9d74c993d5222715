using System.Text;

namespace CivilAffairs.Gazetteer.Data.Import.Files;

/// <summary>
/// Splits CSV text (RFC 4180: comma separated, fields in double quotes may hold commas,
/// doubled quotes and line breaks) into records, keeping each record's first physical line
/// and original text so a person can be pointed at it and a rejects file can repeat it.
/// Broken quoting is reported on the record rather than guessed around.
/// </summary>
internal static class CsvRecordReader
{
    public static IEnumerable<CsvRecord> Read(string text)
    {
        var i = 0;
        var line = 1;
        while (i < text.Length)
        {
            var start = i;
            var startLine = line;
            var fields = new List<string>();
            var field = new StringBuilder();
            string? problem = null;
            var inQuotes = false;
            var quoted = false;
            var quoteLine = 0;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (inQuotes)
                {
                    if (c != '"')
                    {
                        if (c == '\n') line++;
                        field.Append(c);
                    }
                    else if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                    continue;
                }
                if (c is '\r' or '\n')
                    break;
                if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    quoted = false;
                    continue;
                }
                if (c == '"' && !quoted && string.IsNullOrWhiteSpace(field.ToString()))
                {
                    field.Clear();
                    inQuotes = quoted = true;
                    quoteLine = line;
                    continue;
                }
                if (quoted && !char.IsWhiteSpace(c))
                    problem ??= $"field {fields.Count + 1} has text after its closing double quote; put the whole value in double quotes and write a quote inside it as \"\".";
                else if (c == '"')
                    problem ??= $"field {fields.Count + 1} has a double quote inside an unquoted value; put the whole value in double quotes and write the quote as \"\".";
                if (!quoted || !char.IsWhiteSpace(c))
                    field.Append(c);
            }

            var end = i;
            if (inQuotes)
                problem = $"the double quote opened on line {quoteLine} is never closed, so everything after it was read as one value; close the quote.";
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                i++;
            if (i < text.Length)
            {
                i++;
                line++;
            }
            fields.Add(field.ToString());
            if (end == start)
                continue;
            yield return new CsvRecord(startLine, text[start..end], fields, problem);
        }
    }
}
