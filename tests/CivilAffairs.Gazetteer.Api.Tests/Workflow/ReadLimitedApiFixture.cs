using Microsoft.AspNetCore.Hosting;

namespace CivilAffairs.Gazetteer.Api.Tests.Workflow;

/// <summary>The API with a small allowance of costly public reads and exports per client, over a window of <see cref="WindowSeconds"/> s.</summary>
public sealed class ReadLimitedApiFixture : WorkflowApiFixture
{
    public const int Reads = 3;
    public const int WindowSeconds = 10;

    protected override void Configure(IWebHostBuilder builder)
    {
        base.Configure(builder);
        builder
            .UseSetting("Auth:PublicReadsPerWindow", Reads.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Auth:ExportsPerWindow", "1")
            .UseSetting("Auth:Window", $"00:00:{WindowSeconds:00}");
    }
}
