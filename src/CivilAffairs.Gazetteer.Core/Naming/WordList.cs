using System.Reflection;
using CivilAffairs.Gazetteer.Chinese;

namespace CivilAffairs.Gazetteer.Naming;

/// <summary>A list of data/naming (embedded at build time), matched as substrings of the name in its simplified, folded form.</summary>
public sealed class WordList
{
    private readonly IReadOnlyList<WordEntry> entries;

    private WordList(string fileName, IReadOnlyList<WordEntry> entries)
    {
        FileName = fileName;
        this.entries = entries;
    }

    public string FileName { get; }

    public int Count => entries.Count;

    /// <summary>The entries found in the name, longest first (孙中山 before 中山).</summary>
    public IReadOnlyList<WordEntry> FoundIn(string name)
    {
        var text = SearchText.Normalize(name);
        return entries.Where(e => text.Contains(e.Word, StringComparison.Ordinal)).ToList();
    }

    public static WordList Load(string fileName)
    {
        var resource = "CivilAffairs.Gazetteer.Naming." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The word list {fileName} is not embedded; data/naming/{fileName} must be listed in the Core project file.");
        using var reader = new StreamReader(stream);
        var entries = new List<WordEntry>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            var word = SearchText.Normalize(parts[0]);
            if (word.Length == 0)
                throw new InvalidDataException($"data/naming/{fileName}: the line '{line}' has no word.");
            entries.Add(new WordEntry(word, parts.Length > 1 ? parts[1].Trim() : ""));
        }
        return new WordList(fileName, entries.OrderByDescending(e => e.Word.Length).ToList());
    }
}
