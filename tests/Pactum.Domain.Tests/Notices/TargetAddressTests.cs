using System.Net;
using Pactum.Domain.Notices;

namespace Pactum.Domain.Tests.Notices;

public sealed class TargetAddressTests
{
    [Theory]
    // IPv4 public
    [InlineData("93.184.216.34", TargetKind.Public)]     // an ordinary public address
    [InlineData("8.8.8.8", TargetKind.Public)]           // a public resolver
    [InlineData("1.0.0.0", TargetKind.Public)]           // just above 0.0.0.0/8
    [InlineData("9.255.255.255", TargetKind.Public)]     // just below 10/8
    [InlineData("11.0.0.0", TargetKind.Public)]          // just above 10/8
    [InlineData("100.63.255.255", TargetKind.Public)]    // just below 100.64/10
    [InlineData("100.128.0.0", TargetKind.Public)]       // just above 100.64/10
    [InlineData("126.255.255.255", TargetKind.Public)]   // just below 127/8
    [InlineData("128.0.0.0", TargetKind.Public)]         // just above 127/8
    [InlineData("169.253.255.255", TargetKind.Public)]   // just below 169.254/16
    [InlineData("169.255.0.0", TargetKind.Public)]       // just above 169.254/16
    [InlineData("172.15.255.255", TargetKind.Public)]    // just below 172.16/12
    [InlineData("172.32.0.0", TargetKind.Public)]        // just above 172.16/12
    [InlineData("192.167.255.255", TargetKind.Public)]   // just below 192.168/16
    [InlineData("192.169.0.0", TargetKind.Public)]       // just above 192.168/16
    [InlineData("223.255.255.255", TargetKind.Public)]   // just below multicast
    [InlineData("240.0.0.0", TargetKind.Public)]         // just above multicast (reserved, not routed, but not ours to refuse)
    [InlineData("255.255.255.254", TargetKind.Public)]   // just below broadcast
    // IPv4 refused
    [InlineData("0.0.0.0", TargetKind.Unspecified)]      // the unspecified address
    [InlineData("0.255.255.255", TargetKind.Unspecified)] // the end of "this network", 0/8
    [InlineData("127.0.0.1", TargetKind.Loopback)]       // the usual loopback
    [InlineData("127.255.255.254", TargetKind.Loopback)] // anywhere in 127/8
    [InlineData("169.254.169.254", TargetKind.LinkLocal)] // the cloud metadata service
    [InlineData("169.254.0.0", TargetKind.LinkLocal)]    // the start of 169.254/16
    [InlineData("10.0.0.5", TargetKind.Private)]         // 10/8
    [InlineData("10.255.255.255", TargetKind.Private)]   // the end of 10/8
    [InlineData("172.16.0.0", TargetKind.Private)]       // the start of 172.16/12
    [InlineData("172.31.255.255", TargetKind.Private)]   // the end of 172.16/12
    [InlineData("192.168.1.1", TargetKind.Private)]      // 192.168/16
    [InlineData("100.64.0.0", TargetKind.Private)]       // the start of carrier-grade NAT, 100.64/10
    [InlineData("100.127.255.255", TargetKind.Private)]  // the end of 100.64/10
    [InlineData("224.0.0.1", TargetKind.Multicast)]      // the start of 224/4
    [InlineData("239.255.255.255", TargetKind.Multicast)] // the end of 224/4
    [InlineData("255.255.255.255", TargetKind.Broadcast)] // the limited broadcast
    // IPv6 public
    [InlineData("2606:4700:4700::1111", TargetKind.Public)] // an ordinary global address
    [InlineData("2001:db8::1", TargetKind.Public)]       // documentation range: not routed, not ours to refuse
    [InlineData("fbff:ffff::1", TargetKind.Public)]      // just below fc00::/7
    [InlineData("fe00::1", TargetKind.Public)]           // between fc00::/7 and fe80::/10
    [InlineData("::ffff:8.8.8.8", TargetKind.Public)]    // a public IPv4 address, mapped
    [InlineData("64:ff9b::808:808", TargetKind.Public)]  // a public IPv4 address through NAT64
    // IPv6 refused
    [InlineData("::", TargetKind.Unspecified)]           // the unspecified address
    [InlineData("::1", TargetKind.Loopback)]             // loopback
    [InlineData("fe80::1", TargetKind.LinkLocal)]        // link-local, fe80::/10
    [InlineData("febf:ffff::1", TargetKind.LinkLocal)]   // the end of fe80::/10
    [InlineData("fec0::1", TargetKind.Private)]          // the retired site-local, fec0::/10
    [InlineData("fc00::1", TargetKind.Private)]          // unique local, fc00::/7
    [InlineData("fd12:3456:789a::1", TargetKind.Private)] // unique local, the usual fd half
    [InlineData("ff02::1", TargetKind.Multicast)]        // multicast, ff00::/8
    [InlineData("ff0e::1", TargetKind.Multicast)]        // global-scope multicast is still multicast
    // IPv6 forms that carry an IPv4 address
    [InlineData("::ffff:127.0.0.1", TargetKind.Loopback)] // loopback, mapped
    [InlineData("::ffff:10.0.0.5", TargetKind.Private)]  // private, mapped
    [InlineData("::ffff:169.254.169.254", TargetKind.LinkLocal)] // metadata, mapped
    [InlineData("::ffff:100.64.0.1", TargetKind.Private)] // carrier-grade NAT, mapped
    [InlineData("::ffff:224.0.0.1", TargetKind.Multicast)] // multicast, mapped
    [InlineData("::ffff:0.0.0.0", TargetKind.Unspecified)] // unspecified, mapped
    [InlineData("::ffff:255.255.255.255", TargetKind.Broadcast)] // broadcast, mapped
    [InlineData("::127.0.0.1", TargetKind.Loopback)]     // loopback, IPv4-compatible (deprecated form)
    [InlineData("::192.168.0.1", TargetKind.Private)]    // private, IPv4-compatible
    [InlineData("64:ff9b::a00:5", TargetKind.Private)]   // 10.0.0.5 through NAT64
    [InlineData("64:ff9b::7f00:1", TargetKind.Loopback)] // 127.0.0.1 through NAT64
    public void Classify_Address_IsItsKind(string address, TargetKind expected) =>
        Assert.Equal(expected, TargetAddress.Classify(IPAddress.Parse(address)));

    [Fact]
    public void Refusal_PrivateAddress_SaysWhatAndHowToAllow() =>
        Assert.Equal("refused: 10.0.0.5 is a private address; set allowPrivateTargets: true to allow", TargetAddress.Refusal(IPAddress.Parse("10.0.0.5")));

    [Fact]
    public void Refusal_PublicAddress_IsNone() => Assert.Null(TargetAddress.Refusal(IPAddress.Parse("93.184.216.34")));
}
