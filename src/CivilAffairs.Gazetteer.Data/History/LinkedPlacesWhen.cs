using System.Text.Json;

namespace CivilAffairs.Gazetteer.Data.History;

/// <summary>
/// A name's years as an LPF <c>when</c>: an exact year as "in", a decade, century or dynasty as an
/// earliest/latest window; a name still in use ends this year; an unknown end is left open.
/// </summary>
internal sealed record LinkedPlacesWhen(
    int? Begin, int? End, string BeginPrecision, string EndPrecision, bool BeginApproximate, bool EndApproximate, string? Status, int? DynastyEnd)
{
    public void WriteProperty(Utf8JsonWriter json)
    {
        if (Begin is not { } begin) return;
        json.WriteStartObject("when");
        json.WriteStartArray("timespans");
        json.WriteStartObject();
        json.WritePropertyName("start");
        Point(json, begin, BeginPrecision, BeginApproximate, DynastyEnd);
        if (End is { } end)
        {
            json.WritePropertyName("end");
            Point(json, end, EndPrecision, EndApproximate, null);
        }
        else if (Status == "in_use")
        {
            json.WriteStartObject("end");
            json.WriteString("in", LinkedPlacesYear.Format(DateTime.UtcNow.Year, false));
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Point(Utf8JsonWriter json, int year, string precision, bool approximate, int? dynastyEnd)
    {
        json.WriteStartObject();
        int? latest = precision switch
        {
            "decade" => year + 9,
            "century" => year + 99,
            "dynasty" => dynastyEnd ?? year,
            _ => null,
        };
        if (latest is { } last && last != year)
        {
            json.WriteString("earliest", LinkedPlacesYear.Format(year, approximate));
            json.WriteString("latest", LinkedPlacesYear.Format(last == 0 ? 1 : last, approximate));
        }
        else
            json.WriteString("in", LinkedPlacesYear.Format(year, approximate));
        json.WriteEndObject();
    }
}
