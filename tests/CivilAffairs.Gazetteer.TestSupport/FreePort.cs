using System.Net;
using System.Net.Sockets;

namespace CivilAffairs.Gazetteer.Testing;

/// <summary>A TCP port on 127.0.0.1 that nothing listens on right now (for throwaway clusters and servers).</summary>
public static class FreePort
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
