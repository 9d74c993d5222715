using System.Reflection;
using CivilAffairs.Gazetteer.Bench;
using CivilAffairs.Gazetteer.Data;

// Usage: dotnet run -c Release --project bench/CivilAffairs.Gazetteer.Bench -- NAME [args]
var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

var chosen = args.Length > 0 ? benchmarks.FirstOrDefault(b => b.Name == args[0]) : null;
if (chosen is null)
{
    Console.Error.WriteLine("Name a benchmark to run:");
    foreach (var b in benchmarks)
        Console.Error.WriteLine($"  {b.Name,-20} {b.Description}");
    return 2;
}

var root = RepositoryPaths.Root();
var context = new BenchContext(root, args.Skip(1).ToList());
Directory.CreateDirectory(context.ResultsDirectory);
var report = await chosen.RunAsync(context, CancellationToken.None);
var path = Path.Combine(context.ResultsDirectory, chosen.Name + ".md");
await File.WriteAllTextAsync(path, report);
Console.WriteLine(report);
Console.WriteLine($"Written to bench/results/{chosen.Name}.md");
return 0;
