using System.Text;

namespace CivilAffairs.Gazetteer.Workflow;

/// <summary>How the enums are spelt in the database: lower case, words joined by '_' (expert_review).</summary>
public static class StoredNames
{
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
                text.Append('_');
            text.Append(char.ToLowerInvariant(name[i]));
        }
        return text.ToString();
    }

    public static T Parse<T>(string stored) where T : struct, Enum =>
        Enum.TryParse<T>(stored.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value)
            ? value
            : throw new FormatException($"'{stored}' is not a stored {typeof(T).Name}.");
}
