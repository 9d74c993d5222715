using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.NGram;
using Lucene.Net.Util;

namespace CivilAffairs.Gazetteer.Search;

/// <summary>
/// Every 1-4 character substring of a name as a term. A word segmenter (SmartCn) splits unknown
/// village names into single characters and keeps known words whole, so 洪洞 would miss 洪洞县;
/// n-grams find any substring and were the fastest option measured on the full data. Names are
/// normalised before they reach the analyzer, so it only cuts.
/// </summary>
internal sealed class NameGramAnalyzer : Analyzer
{
    public const int MaxGram = 4;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var whole = new KeywordTokenizer(reader);
        return new TokenStreamComponents(whole, new NGramTokenFilter(LuceneVersion.LUCENE_48, whole, 1, MaxGram));
    }
}
