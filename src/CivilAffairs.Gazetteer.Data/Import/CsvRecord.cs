namespace CivilAffairs.Gazetteer.Data.Import;

/// <summary>One data row of a CSV file, its fields read by header name.</summary>
internal sealed record CsvRecord(string File, int Line, IReadOnlyDictionary<string, int> Columns, IReadOnlyList<string> Fields)
{
    public string this[string column] => Fields[Columns[column]];

    /// <summary>The field, or null when it is empty.</summary>
    public string? Optional(string column)
    {
        var value = this[column];
        return value.Length == 0 ? null : value;
    }

    public string Required(string column)
    {
        var value = this[column].Trim();
        return value.Length > 0 ? value : throw Invalid($"the column '{column}' is empty");
    }

    public int RequiredInt(string column) =>
        int.TryParse(Required(column), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid($"the column '{column}' is '{this[column]}', not a whole number");

    public double RequiredDouble(string column) =>
        double.TryParse(Required(column), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid($"the column '{column}' is '{this[column]}', not a number");

    public ImportDataException Invalid(string problem) => new(File, Line, problem);
}
