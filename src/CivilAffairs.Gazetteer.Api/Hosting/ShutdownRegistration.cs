namespace CivilAffairs.Gazetteer.Api.Hosting;

internal static class ShutdownRegistration
{
    /// <summary>How long shutdown (Ctrl+C, SIGTERM) waits for requests in flight before it cuts them: 30 s, or Hosting:ShutdownTimeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// On SIGTERM the server stops accepting connections at once, lets the requests in flight
    /// finish (up to the timeout, longer than the 15 s a database command may take), then exits 0.
    /// </summary>
    public static IHostApplicationBuilder AddGazetteerShutdown(this IHostApplicationBuilder builder)
    {
        var timeout = builder.Configuration.GetValue("Hosting:ShutdownTimeout", DefaultTimeout);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = timeout);
        return builder;
    }
}
