using Npgsql;

namespace CivilAffairs.Gazetteer.Data.Writes;

/// <summary>The few statement shapes the write paths share.</summary>
internal static class WriteSql
{
    public static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Command(connection, sql, values);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = Command(connection, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
            command.Parameters.Add(value is NpgsqlParameter parameter ? parameter : new NpgsqlParameter { Value = value ?? DBNull.Value });
        return command;
    }

    public static WriteRefusedException Bad(string message) => new(WriteRefusal.BadInput, message);

    public static WriteRefusedException Forbidden(string message) => new(WriteRefusal.Forbidden, message);

    public static WriteRefusedException NotFound(string message) => new(WriteRefusal.NotFound, message);

    public static WriteRefusedException Conflict(string message) => new(WriteRefusal.Conflict, message);
}
