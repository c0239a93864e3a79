using System.Net;
using System.Net.Sockets;
using Pactum.Domain.Notices;

namespace Pactum.Server.Features.Notices;

/// <summary>
/// The handler webhook notices go out through (docs/notices.md, "Outbound targets"): it resolves the host itself and
/// connects only to public addresses (<see cref="TargetAddress"/>) unless the settings allow private targets, so the
/// check is on the address actually connected to and a DNS name that resolves to 10.0.0.5 or 169.254.169.254 does not
/// pass. It follows no redirects, uses no proxy (which would move the check to the proxy's address), and gives up on
/// a connection after the notices' timeout.
/// </summary>
internal static class TargetGuard
{
    /// <summary>A handler for <paramref name="settings"/>; <see cref="IHttpClientFactory"/> makes one per handler lifetime.</summary>
    public static SocketsHttpHandler Handler(NoticeSettings settings) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        ConnectTimeout = settings.Timeout.ToTimeSpan(),
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, stop) => ConnectAsync(context.DnsEndPoint, settings.AllowPrivateTargets, stop),
    };

    /// <summary>
    /// Connects to the first address of <paramref name="target"/> that may be connected to; throws
    /// <see cref="RefusedTargetException"/> when none may.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint target, bool allowPrivate, CancellationToken stop)
    {
        var host = target.Host.TrimStart('[').TrimEnd(']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, stop).ConfigureAwait(false);
        var allowed = allowPrivate ? addresses : addresses.Where(a => TargetAddress.Classify(a) == TargetKind.Public).ToArray();
        if (allowed.Length == 0)
        {
            throw new RefusedTargetException(addresses.Length == 0 ? $"refused: {host} has no address" : TargetAddress.Refusal(addresses[0])!);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, target.Port, stop).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>A webhook target the guard would not connect to; its message says why and how to allow it.</summary>
public sealed class RefusedTargetException(string message) : IOException(message);
