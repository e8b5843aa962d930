using System.Net;
using System.Net.Sockets;

namespace MarketGraph.Crawlers.Fetching;

/// <summary>
/// Refuses connections to private, loopback, link-local, multicast, unspecified and other non-public addresses,
/// checked on the address actually connected to (after DNS), so redirects and DNS rebinding cannot get round it.
/// </summary>
public static class SsrfGuard
{
    public static bool IsForbidden(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
            return true;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] >= 64 && b[1] <= 127, // carrier-grade NAT
                169 => b[1] == 254,
                172 => b[1] >= 16 && b[1] <= 31,
                192 => (b[1] == 168) || (b[1] == 0 && b[2] == 0) || (b[1] == 0 && b[2] == 2),
                198 => b[1] is 18 or 19 || (b[1] == 51 && b[2] == 100),
                203 => b[1] == 0 && b[2] == 113,
                >= 224 => true, // multicast and reserved
                _ => false,
            };
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal) return true;
            var b = address.GetAddressBytes();
            if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return true; // documentation
            if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) return IsForbidden(new IPAddress(b[12..])); // NAT64
            if (b[0] == 0x20 && b[1] == 0x02) return IsForbidden(new IPAddress(b[2..6])); // 6to4
            return b.Take(15).All(x => x == 0); // ::, ::1 handled above; other IPv4-compatible forms
        }
        return true;
    }

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/> that connects only to public addresses.</summary>
    public static async ValueTask<Stream> ConnectPublicOnly(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var allowed = addresses.Where(a => !IsForbidden(a)).ToArray();
        if (allowed.Length == 0)
            throw new AddressRefusedException($"refused to connect to {host} ({string.Join(", ", addresses.Select(a => a.ToString()))}): private, loopback or link-local address and the source is not marked local");
        return await Connect(allowed, context.DnsEndPoint.Port, ct);
    }

    public static async ValueTask<Stream> ConnectAny(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        return await Connect(addresses, context.DnsEndPoint.Port, ct);
    }

    private static async ValueTask<Stream> Connect(IPAddress[] addresses, int port, CancellationToken ct)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>The connection was refused by <see cref="SsrfGuard"/> (not a network failure).</summary>
public sealed class AddressRefusedException(string message) : IOException(message)
{
    public static AddressRefusedException? FindIn(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is AddressRefusedException r) return r;
        }
        return null;
    }
}
