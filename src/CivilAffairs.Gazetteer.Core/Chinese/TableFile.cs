using System.Reflection;

namespace CivilAffairs.Gazetteer.Chinese;

/// <summary>The tab-separated tables of data/chinese, embedded in this assembly.</summary>
internal static class TableFile
{
    public static IEnumerable<string[]> Rows(string fileName)
    {
        var resource = "CivilAffairs.Gazetteer.Chinese." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The table {fileName} is not embedded; data/chinese/{fileName} must be listed in the Core project file.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }
}
