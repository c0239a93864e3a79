using System.Net;
using System.Net.Sockets;

namespace Pactum.Domain.Notices;

/// <summary>What kind of network a webhook target's IP address belongs to (<see cref="TargetAddress.Classify"/>).</summary>
public enum TargetKind
{
    /// <summary>A public address: notices may go there.</summary>
    Public,

    /// <summary>This machine: 127.0.0.0/8, ::1.</summary>
    Loopback,

    /// <summary>The local link only: 169.254.0.0/16 (where cloud metadata services answer), fe80::/10.</summary>
    LinkLocal,

    /// <summary>
    /// An internal network: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10 (carrier-grade NAT), fc00::/7
    /// (unique local), fec0::/10 (the retired site-local).
    /// </summary>
    Private,

    /// <summary>A group address: 224.0.0.0/4, ff00::/8.</summary>
    Multicast,

    /// <summary>No address: 0.0.0.0/8 ("this network"), ::.</summary>
    Unspecified,

    /// <summary>The broadcast address 255.255.255.255.</summary>
    Broadcast,
}

/// <summary>
/// The outbound address guard's rule (docs/notices.md, "Outbound targets"): a webhook may connect only to a
/// <see cref="TargetKind.Public"/> address unless the settings file says <c>allowPrivateTargets: true</c>. IPv6 forms
/// that carry an IPv4 address — IPv4-mapped (::ffff:0:0/96), IPv4-compatible (::/96) and NAT64 (64:ff9b::/96) — are
/// judged by the IPv4 address they carry, so <c>::ffff:10.0.0.5</c> is as private as <c>10.0.0.5</c>.
/// </summary>
public static class TargetAddress
{
    /// <summary>The kind of network <paramref name="address"/> belongs to.</summary>
    public static TargetKind Classify(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetwork ? ClassifyV4(address.GetAddressBytes())
        : Embedded(address) is { } v4 ? ClassifyV4(v4)
        : ClassifyV6(address);

    /// <summary>
    /// Why <paramref name="address"/> is refused as a target ("refused: 10.0.0.5 is a private address; set
    /// allowPrivateTargets: true to allow"), or null when it is public.
    /// </summary>
    public static string? Refusal(IPAddress address)
    {
        var kind = Classify(address);
        return kind == TargetKind.Public ? null : $"refused: {address} is {Describe(kind)}; set allowPrivateTargets: true to allow";
    }

    /// <summary>The kind in words, with its article: "a private address".</summary>
    public static string Describe(TargetKind kind) => kind switch
    {
        TargetKind.Loopback => "a loopback address",
        TargetKind.LinkLocal => "a link-local address",
        TargetKind.Private => "a private address",
        TargetKind.Multicast => "a multicast address",
        TargetKind.Unspecified => "an unspecified address",
        TargetKind.Broadcast => "the broadcast address",
        _ => "a public address",
    };

    private static TargetKind ClassifyV4(byte[] b) => (b[0], b[1]) switch
    {
        (0, _) => TargetKind.Unspecified,
        (127, _) => TargetKind.Loopback,
        (169, 254) => TargetKind.LinkLocal,
        (10, _) or (192, 168) => TargetKind.Private,
        (172, >= 16 and <= 31) => TargetKind.Private,
        (100, >= 64 and <= 127) => TargetKind.Private,
        (>= 224 and <= 239, _) => TargetKind.Multicast,
        (255, 255) when b[2] == 255 && b[3] == 255 => TargetKind.Broadcast,
        _ => TargetKind.Public,
    };

    private static TargetKind ClassifyV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        return address.Equals(IPAddress.IPv6Loopback) ? TargetKind.Loopback
            : address.Equals(IPAddress.IPv6Any) ? TargetKind.Unspecified
            : b[0] == 0xff ? TargetKind.Multicast
            : b[0] == 0xfe && (b[1] & 0xc0) == 0x80 ? TargetKind.LinkLocal
            : b[0] == 0xfe && (b[1] & 0xc0) == 0xc0 ? TargetKind.Private
            : (b[0] & 0xfe) == 0xfc ? TargetKind.Private
            : TargetKind.Public;
    }

    /// <summary>The IPv4 address an IPv6 address carries in its last four bytes (mapped, compatible, NAT64), or null.</summary>
    private static byte[]? Embedded(IPAddress address)
    {
        var b = address.GetAddressBytes();
        var mapped = b.AsSpan(0, 10).IndexOfAnyExcept((byte)0) < 0 && b[10] == 0xff && b[11] == 0xff;
        var compatible = b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !address.Equals(IPAddress.IPv6Loopback) && !address.Equals(IPAddress.IPv6Any);
        var nat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0;
        return mapped || compatible || nat64 ? b[12..] : null;
    }
}
