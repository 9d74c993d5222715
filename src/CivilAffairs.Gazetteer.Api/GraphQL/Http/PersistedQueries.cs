using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

/// <summary>
/// Documents by the SHA-256 of their text (lower-case hex), as Apollo's automatic persisted
/// queries send them. Kept in memory per node, up to a bound; a node that does not know a hash
/// asks the client for the document once.
/// </summary>
internal sealed class PersistedQueries(IOptions<GraphQLHttpOptions> options)
{
    private readonly ConcurrentDictionary<string, string> documents = new(StringComparer.Ordinal);

    public bool TryGet(string hash, out string document) => documents.TryGetValue(hash.ToLowerInvariant(), out document!);

    /// <summary>Stores <paramref name="document"/> under <paramref name="hash"/>; false when the hash is not the document's.</summary>
    public bool TryStore(string hash, string document)
    {
        var actual = Hash(document);
        if (!string.Equals(actual, hash, StringComparison.OrdinalIgnoreCase))
            return false;
        if (documents.Count < options.Value.MaxPersistedQueries)
            documents.TryAdd(actual, document);
        return true;
    }

    public static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
}
