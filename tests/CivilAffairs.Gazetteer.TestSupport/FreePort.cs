using System.Net;
using System.Net.Sockets;

namespace CivilAffairs.Gazetteer.Cli.Tests;

internal static class FreePort
{
    public static int Find()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
