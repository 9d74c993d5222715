using Npgsql;

namespace CivilAffairs.Gazetteer.Testing;

/// <summary>
/// The PostGIS server the tests run against, from GAZETTEER_TEST_DB (set by ./test.sh).
/// Integration tests fail, never skip, when it is missing: a green run must mean the
/// database was really there.
/// </summary>
public static class TestServer
{
    public const string Variable = "GAZETTEER_TEST_DB";

    public static NpgsqlConnectionStringBuilder AdminConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException(
                $"{Variable} is not set: integration tests need PostGIS. Run ./test.sh, which starts a project-local PostGIS and sets it, " +
                $"or set {Variable} to an admin connection string such as Host=127.0.0.1;Port=5433;Username=postgres.");
        return new NpgsqlConnectionStringBuilder(value) { Database = "postgres", Pooling = false };
    }

    public static string ConnectionStringFor(string database)
    {
        var builder = AdminConnectionString();
        builder.Database = database;
        builder.Pooling = true;
        return builder.ConnectionString;
    }
}
