using CivilAffairs.Gazetteer.Api.Romanizing;
using CivilAffairs.Gazetteer.Chinese;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class RomanizationGraphType : ObjectGraphType<RomanizedName>
{
    public RomanizationGraphType()
    {
        Name = "Romanization";
        Description = "A name in Hanyu Pinyin by the 1984 rules for Chinese place names (GB/T 16159): specific and generic written apart.";
        Field<NonNullGraphType<StringGraphType>>("withTones")
            .Description("With tone marks: Hóngtóng Xiàn. Empty when no character could be read (needsReview is then true).")
            .Resolve(c => c.Source.Forms.WithTones);
        Field<NonNullGraphType<StringGraphType>>("toneless").Description("Without tone marks, ü kept: Hongtong Xian, Lüliang Shi.").Resolve(c => c.Source.Forms.Toneless);
        Field<NonNullGraphType<StringGraphType>>("sign").Description("All capitals, as on road signs, apostrophes kept: HONGTONG XIAN.").Resolve(c => c.Source.Forms.Sign);
        Field<NonNullGraphType<StringGraphType>>("key").Description("Lower-case toneless syllables run together, ü written v, the homophone key: hongtongxian.").Resolve(c => c.Source.Forms.Key);
        Field<NonNullGraphType<StringGraphType>>("initials").Description("The initials of the syllables as read: htx for Hóngtóng Xiàn.").Resolve(c => c.Source.Forms.Initials);
        Field<StringGraphType>("wadeGiles")
            .Description("The Wade-Giles spelling of old Western maps and literature (Hung-t'ung Hsien); null when nothing was romanized, or when a place's stored reading differs from the one the toolkit derives.")
            .Resolve(c => c.Source.Forms.WadeGiles);
        Field<NonNullGraphType<BooleanGraphType>>("needsReview")
            .Description("True when a reading is not settled (a polyphonic character with no place-name reading on record, a character without any reading): a person must confirm it.")
            .Resolve(c => c.Source.Forms.NeedsReview);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("alternatives")
            .Description("Other with-tones forms the name could have (other readings of unsettled characters; for a place, the derived reading where a different one is stored); empty when there are none.")
            .Resolve(c => c.Source.Forms.Alternatives);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReadingNoteGraphType>>>>("readingNotes")
            .Description("The special place-name readings on record that apply to the name (洪洞 is read Hóngtóng), with local readings and sources; empty when none apply.")
            .Resolve(c => PlaceNameRomanizer.Shared.ReadingNotes(c.Source.Name));
    }
}
