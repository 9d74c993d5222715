using CivilAffairs.Gazetteer.Api.Romanizing;
using CivilAffairs.Gazetteer.Chinese;
using GraphQL;
using GraphQL.Types;

namespace CivilAffairs.Gazetteer.Api.GraphQL.Types;

/// <summary>The romanize field of Query, kept apart so other features can add their fields beside it.</summary>
internal static class RomanizeField
{
    public static void AddRomanizeField(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<RomanizationGraphType>>("romanize")
            .Description("Romanizes any Chinese place name, registered or not (洪洞县 → Hóngtóng Xiàn): every written form, whether the reading needs review, the alternatives and the special readings that apply. Traditional characters are read as simplified; a village committee's name as the village's.")
            .Argument<NonNullGraphType<StringGraphType>>("text", $"One place name in Chinese characters, at most {RomanizeText.MaxLength} characters.")
            .Resolve(c =>
            {
                var text = RomanizeText.Checked(c.GetArgument<string>("text"));
                return new RomanizedName(text, PlaceNameRomanizer.Shared.Romanize(text));
            });
}
