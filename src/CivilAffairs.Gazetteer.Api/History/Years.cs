using System.Globalization;
using CivilAffairs.Gazetteer.Api.GraphQL.Errors;

namespace CivilAffairs.Gazetteer.Api.History;

/// <summary>Historical years as the API takes them: whole years, negative for BCE, and no year 0.</summary>
internal static class Years
{
    /// <exception cref="BadUserInputError">The year is 0.</exception>
    public static void Check(int? year, string argument)
    {
        if (year == 0)
            throw new BadUserInputError(
                $"{argument} is 0, and there is no year 0: 1 BCE (-1) is followed directly by 1 CE (1). Use -1 or 1.");
    }

    /// <summary>-221 as "221 BCE", 618 as "618".</summary>
    public static string Show(int year) => year < 0
        ? (-year).ToString(CultureInfo.InvariantCulture) + " BCE"
        : year.ToString(CultureInfo.InvariantCulture);
}
