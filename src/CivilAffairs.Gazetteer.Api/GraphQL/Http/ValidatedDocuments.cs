using System.Collections.Concurrent;
using GraphQLParser.AST;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Http;

/// <summary>
/// Parsed documents that passed validation once, by their text: a client sends the same few documents
/// with new variables each time (geocode, autocomplete), and parsing and validating them again cost more
/// of a core than the geocoding itself. A document in here is run without parsing or the document
/// rules (they read only the document and the schema, which do not change while the node runs); its
/// variables are still read and checked against their types, and the complexity limit still applies.
/// Bounded in count and size: hostile unique documents only ever take the usual path.
/// </summary>
internal sealed class ValidatedDocuments
{
    public const int MaxDocuments = 2_000;
    public const int MaxDocumentLength = 8 * 1024;

    private readonly ConcurrentDictionary<string, GraphQLDocument> documents = new(StringComparer.Ordinal);

    public bool TryGet(string query, out GraphQLDocument document) => documents.TryGetValue(query, out document!);

    /// <summary>Keeps a document that was validated and executed; a full cache is emptied and starts again.</summary>
    public void Add(string query, GraphQLDocument document)
    {
        if (query.Length > MaxDocumentLength) return;
        if (documents.Count >= MaxDocuments) documents.Clear();
        documents.TryAdd(query, document);
    }
}
