using CivilAffairs.Gazetteer.Search;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Reliability.Tests;

/// <summary>A node's search index is a cache: a damaged one is rebuilt when the node starts.</summary>
public sealed class IndexRecoveryTests(ThrowawayDatabase database) : IClassFixture<ThrowawayDatabase>
{
    [Fact]
    public async Task ANodeStartedOnACorruptedIndexFolderRebuildsItAndSearches()
    {
        var folder = ApiNode.NewIndexFolder();
        try
        {
            await using (var first = new ApiNode(database.PrimaryConnectionString, indexFolder: folder))
                Assert.Contains("样例7庄", await (await first.StartAsync()).SearchAsync("样例7庄"));

            // Garbage over every file of the index, as a disk fault or a half-copied folder leaves it.
            var files = Directory.GetFiles(folder);
            Assert.NotEmpty(files);
            foreach (var file in files)
                await File.WriteAllBytesAsync(file, Enumerable.Repeat((byte)0x5A, 64).ToArray());

            await using var second = new ApiNode(database.PrimaryConnectionString, indexFolder: folder);
            var found = await (await second.StartAsync()).SearchAsync("样例7庄");

            Assert.Contains("样例7庄", found);
            Assert.StartsWith("rebuilt", second.Services.GetRequiredService<PlaceIndex>().LastOpen);
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }
}
