namespace CivilAffairs.Gazetteer.Naming;

/// <summary>The word lists of data/naming, loaded once per process.</summary>
public sealed class NamingLists
{
    private static readonly Lazy<NamingLists> Loaded = new(() => new NamingLists(), LazyThreadSafetyMode.ExecutionAndPublication);

    private NamingLists()
    {
        Oversized = WordList.Load("oversized-words.tsv");
        Unhealthy = WordList.Load("unhealthy-words.tsv");
        Persons = WordList.Load("person-names.tsv");
        Foreign = WordList.Load("foreign-names.tsv");
        Trademarks = WordList.Load("trademark-names.tsv");
        FamousFeatures = WordList.Load("famous-features.tsv");
    }

    public static NamingLists Shared => Loaded.Value;

    public WordList Oversized { get; }

    public WordList Unhealthy { get; }

    public WordList Persons { get; }

    public WordList Foreign { get; }

    public WordList Trademarks { get; }

    public WordList FamousFeatures { get; }
}
