using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CivilAffairs.Gazetteer.Api.Tests;

/// <summary>The API in memory, pointed at <paramref name="connectionString"/> through configuration.</summary>
public sealed class ApiFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("ConnectionStrings:Gazetteer", connectionString);
}
