using System.Globalization;

namespace CivilAffairs.Gazetteer.Bench.Http;

/// <summary>Milliseconds of processor time one request cost the API, the database server and the load generator (null: not measurable here).</summary>
internal sealed record ProcessorCost(double? ApiMilliseconds, double? DatabaseMilliseconds, double LoadGeneratorMilliseconds)
{
    public double? TotalMilliseconds => ApiMilliseconds + DatabaseMilliseconds + LoadGeneratorMilliseconds;

    public static string Format(double? milliseconds) =>
        milliseconds is { } ms ? ms.ToString("F3", CultureInfo.InvariantCulture) : "n/a";
}
