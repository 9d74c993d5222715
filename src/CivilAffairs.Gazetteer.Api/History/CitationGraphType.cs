using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.History;

internal sealed class CitationGraphType : ObjectGraphType<Citation>
{
    public CitationGraphType()
    {
        Name = "Citation";
        Description = "A source for a historical name (出处).";
        Field<NonNullGraphType<StringGraphType>>("source").Description("The work or database cited.").Resolve(c => c.Source.Source);
        Field<StringGraphType>("page").Description("Where in it: a page, a chapter (卷), or the record's address.").Resolve(c => c.Source.Page);
        Field<StringGraphType>("note").Description("What the source supports.").Resolve(c => c.Source.Note);
        Field<CertaintyGraphType>("certainty").Description("How far the source can be relied on.").Resolve(c => c.Source.Certainty);
    }
}
