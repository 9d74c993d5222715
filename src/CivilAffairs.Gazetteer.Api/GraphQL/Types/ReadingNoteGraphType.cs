using CivilAffairs.Gazetteer.Chinese;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class ReadingNoteGraphType : ObjectGraphType<ReadingNote>
{
    public ReadingNoteGraphType()
    {
        Name = "ReadingNote";
        Description = "A special place-name reading (地名特殊读音) found in a name: a word whose reading in this place differs from the characters' usual one.";
        Field<NonNullGraphType<StringGraphType>>("fragment").Description("The part of the name the reading applies to: 洪洞.").Resolve(c => c.Source.Fragment);
        Field<NonNullGraphType<StringGraphType>>("reading").Description("The standard reading, one toned syllable per character, space-separated: hóng tóng.").Resolve(c => c.Source.Reading);
        Field<StringGraphType>("localReading").Description("How people there say it, when that differs from the standard reading; null otherwise.").Resolve(c => c.Source.LocalReading);
        Field<NonNullGraphType<StringGraphType>>("source").Description("Who established the reading (a gazetteer, a standard, a dictionary).").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<StringGraphType>>("note").Description("What else is known about the reading.").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<BooleanGraphType>>("uncertain").Description("True when sources disagree: names using this reading still go to review.").Resolve(c => c.Source.Uncertain);
    }
}
