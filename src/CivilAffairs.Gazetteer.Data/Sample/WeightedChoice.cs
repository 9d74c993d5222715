namespace CivilAffairs.Gazetteer.Data.Sample;

/// <summary>Draws items in proportion to their weights (cumulative table, binary search).</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] items;
    private readonly double[] cumulative;

    public WeightedChoice(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.Where(w => w.Weight > 0).ToList();
        if (list.Count == 0)
            throw new ArgumentException("A weighted choice needs at least one item with a positive weight.", nameof(weighted));
        items = list.Select(w => w.Item).ToArray();
        cumulative = new double[list.Count];
        var sum = 0.0;
        for (var i = 0; i < list.Count; i++)
            cumulative[i] = sum += list[i].Weight;
    }

    public int Count => items.Length;

    public T Next(Random random)
    {
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        return items[index < 0 ? Math.Min(~index, items.Length - 1) : Math.Min(index + 1, items.Length - 1)];
    }
}
