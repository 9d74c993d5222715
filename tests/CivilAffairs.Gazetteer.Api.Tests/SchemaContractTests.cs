using CivilAffairs.Gazetteer.Data;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Gazetteer.Api.Tests;

public sealed class SchemaContractTests
{
    private const string UpdateVariable = "GAZETTEER_UPDATE_SCHEMA";

    [Fact]
    public void TheServedSchemaIsTheCommittedContract()
    {
        // The schema is built without touching the database: no connection string is needed.
        using var factory = new ApiFactory("Host=127.0.0.1;Port=1");
        var printed = factory.Services.GetRequiredService<ISchema>()
            .Print(new PrintOptions { IncludeDescriptions = true })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = Path.Combine(RepositoryPaths.Root(), "schema", "gazetteer.graphql");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            File.WriteAllText(path, printed);

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(committed == printed,
            "The served GraphQL schema differs from schema/gazetteer.graphql (the published contract). " +
            $"If the change is intended, rerun this test with {UpdateVariable}=1 to rewrite the file, review the diff and commit it.\n" +
            FirstDifference(committed, printed));
    }

    [Fact]
    public void EveryTypeFieldArgumentAndEnumValueOfTheContractHasADescription()
    {
        using var factory = new ApiFactory("Host=127.0.0.1;Port=1");
        var schema = factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsBuiltIn(t.Name)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
                missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                        missing.Add($"{type.Name}.{field.Name}");
                    missing.AddRange((field.Arguments ?? []).Where(a => string.IsNullOrWhiteSpace(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                }
            if (type is EnumerationGraphType enumeration)
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
        }
        Assert.Empty(missing);
    }

    private static bool IsBuiltIn(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    private static string FirstDifference(string committed, string printed)
    {
        var a = committed.Split('\n');
        var b = printed.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "(end of file)";
            var right = i < b.Length ? b[i] : "(end of schema)";
            if (left != right)
                return $"First difference at line {i + 1}:\n  committed: {left}\n  served:    {right}";
        }
        return "";
    }
}
