using System.Text;

namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>
/// Reads the comma-separated files under data/ (a header line, fields optionally in double
/// quotes, no line breaks inside fields), naming the file and line of any row that does not fit.
/// </summary>
internal static class CsvFile
{
    public static IEnumerable<IReadOnlyList<string>> Read(string path, int fieldCount)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The data file {path} is missing; the sample needs the repository's data/ folder.", path);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (lineNumber == 1 || line.Length == 0)
                continue;
            var fields = Split(line);
            if (fields.Count != fieldCount)
                throw new InvalidDataException($"{path}, line {lineNumber}: expected {fieldCount} fields, found {fields.Count}.");
            yield return fields;
        }
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
                field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
