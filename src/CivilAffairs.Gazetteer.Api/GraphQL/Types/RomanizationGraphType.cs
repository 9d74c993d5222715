using CivilAffairs.Gazetteer.Api.Places;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

internal sealed class RomanizationGraphType : ObjectGraphType<Romanization>
{
    public RomanizationGraphType()
    {
        Name = "Romanization";
        Description = "A name in Hanyu Pinyin by the 1984 rules for Chinese place names (GB/T 16159): specific and generic written apart.";
        Field<NonNullGraphType<StringGraphType>>("withTones").Description("With tone marks: Hóngtóng Xiàn.").Resolve(c => c.Source.WithTones);
        Field<NonNullGraphType<StringGraphType>>("toneless").Description("Without tone marks: Hongtong Xian.").Resolve(c => c.Source.Toneless);
        Field<NonNullGraphType<StringGraphType>>("sign").Description("All capitals, as on road signs: HONGTONG XIAN.").Resolve(c => c.Source.Sign);
        Field<NonNullGraphType<StringGraphType>>("key").Description("Lower-case toneless syllables run together, the homophone key: hongtongxian.").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("initials").Description("The initials of the syllables: hdx.").Resolve(c => c.Source.Initials);
        Field<StringGraphType>("wadeGiles").Description("The Wade-Giles spelling of old Western maps (Hung-t'ung Hsien); null where the registry holds none.").Resolve(_ => null);
        Field<NonNullGraphType<BooleanGraphType>>("needsReview")
            .Description("True when the name contains a polyphonic character with no place-name reading on record: the reading was not confirmed.")
            .Resolve(c => c.Source.NeedsReview);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("alternatives")
            .Description("Other readings on record (local readings, other polyphonic choices); empty when none are held.")
            .Resolve(_ => Array.Empty<string>());
    }
}
