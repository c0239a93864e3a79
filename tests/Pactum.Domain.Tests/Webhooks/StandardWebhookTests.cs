using NodaTime;
using Pactum.Domain.Webhooks;
using static Pactum.Domain.Tests.Webhooks.WebhookVectors;

namespace Pactum.Domain.Tests.Webhooks;

public sealed class StandardWebhookTests
{
    private static readonly Instant SentAt = Instant.FromUnixTimeSeconds(Timestamp);

    private static WebhookVerification VerifyVector(
        string? id = Id,
        string? timestamp = "1614265330",
        string? signature = Signature,
        string body = Body,
        Instant? now = null,
        params string[] secrets) =>
        StandardWebhook.Verify(
            (secrets.Length == 0 ? [Secret] : secrets).Select(ParseSecret).ToList(),
            id,
            timestamp,
            signature,
            Bytes(body),
            now ?? SentAt);

    [Fact]
    public void Sign_SpecVector_ReproducesTheSignature()
    {
        var signature = StandardWebhook.Sign(ParseSecret(Secret), Id, Timestamp, Bytes(Body));

        Assert.Equal(Signature, signature);
    }

    [Fact]
    public void Verify_SpecVector_IsValid()
    {
        var result = VerifyVector();

        Assert.True(result.IsValid);
        Assert.Null(result.Failure);
        Assert.Same(WebhookVerification.Valid, result);
    }

    [Theory]
    [InlineData(Id, "1614265330", Signature, """{"test": 2432232315}""", Secret)] // the body was changed by one digit
    [InlineData(Id, "1614265330", Signature, """{"test":2432232314}""", Secret)] // the body was re-serialised (a space dropped)
    [InlineData("msg_p5jXN8AQM9LWM0D4loKWxJeK", "1614265330", Signature, Body, Secret)] // the id was changed by one letter's case
    [InlineData(Id, "1614265331", Signature, Body, Secret)] // the timestamp was moved a second, as a replay would need
    [InlineData(Id, "1614265330", Signature, Body, OtherSecret)] // the endpoint holds another secret
    [InlineData(Id, "1614265330", "v1,not-base64!", Body, Secret)] // the only v1 entry is not base64
    public void Verify_TamperedOrWrongSecret_FailsWithSignatureMismatch(string id, string timestamp, string signature, string body, string secret)
    {
        var result = VerifyVector(id, timestamp, signature, body, secrets: secret);

        Assert.False(result.IsValid);
        Assert.Equal(WebhookFailure.SignatureMismatch, result.Failure);
        Assert.Equal("no v1 signature in the webhook-signature header matches the body signed with this endpoint's secret", result.Message);
    }

    [Theory]
    [InlineData(300_000, null)] // sent exactly 300 s ago: accepted
    [InlineData(-300_000, null)] // sent exactly 300 s ahead of our clock: accepted
    [InlineData(300_999, null)] // now is rounded down to whole seconds, like the timestamp
    [InlineData(301_000, WebhookFailure.TooOld)] // 301 s ago: a possible replay
    [InlineData(-301_000, WebhookFailure.TooNew)] // 301 s ahead: the sender's clock is off
    [InlineData(86_400_000, WebhookFailure.TooOld)] // a day-old retry carries a fresh timestamp, so an old one is refused
    public void Verify_TimestampAroundTolerance_AcceptsAtMost300Seconds(long nowMinusSentMilliseconds, WebhookFailure? expected)
    {
        var now = SentAt + Duration.FromMilliseconds(nowMinusSentMilliseconds);

        var result = VerifyVector(now: now);

        Assert.Equal(expected, result.Failure);
        Assert.Equal(expected is null, result.IsValid);
    }

    [Theory]
    [InlineData(301, "the webhook-timestamp is 301 seconds older than now; at most 300 are allowed")] // too old
    [InlineData(-301, "the webhook-timestamp is 301 seconds newer than now; at most 300 are allowed")] // too new
    public void Verify_OutsideTolerance_MessageSaysByHowMuch(long nowMinusSentSeconds, string expected)
    {
        var result = VerifyVector(now: SentAt + Duration.FromSeconds(nowMinusSentSeconds));

        Assert.Equal(expected, result.Message);
    }

    [Fact]
    public void Tolerance_Is300Seconds()
    {
        Assert.Equal(Duration.FromSeconds(300), StandardWebhook.Tolerance);
    }

    [Theory]
    [InlineData("v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= " + Signature)] // an old signature first, the right one second
    [InlineData("v2,c29tZXRoaW5nIGVsc2U= " + Signature)] // another version beside v1 is ignored
    [InlineData("v1,not-base64! " + Signature)] // a malformed v1 entry does not stop the search
    [InlineData("  " + Signature + "   v1a,ZWQyNTUxOQ==  ")] // extra spaces and an asymmetric entry
    public void Verify_SeveralSignatures_ValidWhenAnyMatches(string header)
    {
        var result = VerifyVector(signature: header);

        Assert.True(result.IsValid, result.Message);
    }

    [Fact]
    public void Verify_TwoSecretsSecondMatches_IsValid()
    {
        // During rotation the endpoint holds the new secret and the old one the sender still uses.
        var result = VerifyVector(secrets: [OtherSecret, Secret]);

        Assert.True(result.IsValid, result.Message);
    }

    [Theory]
    [InlineData("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")] // only a future version
    [InlineData("v1a,ZWQyNTUxOQ== v2,eA==")] // only asymmetric and other versions
    [InlineData("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")] // a bare signature without its version
    [InlineData("V1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")] // the version is case-sensitive
    public void Verify_NoV1Signature_FailsWithNoSignature(string header)
    {
        var result = VerifyVector(signature: header);

        Assert.Equal(WebhookFailure.NoSignature, result.Failure);
        Assert.Equal("the webhook-signature header holds no v1 signature", result.Message);
    }

    [Theory]
    [InlineData(null, "1614265330", Signature, "the webhook-id header is missing or blank")] // no id
    [InlineData(Id, "  ", Signature, "the webhook-timestamp header is missing or blank")] // a blank timestamp
    [InlineData(Id, "1614265330", "", "the webhook-signature header is missing or blank")] // an empty signature
    [InlineData(null, null, null, "the webhook-id and webhook-timestamp and webhook-signature headers are missing or blank")] // not a webhook at all
    public void Verify_MissingHeaders_FailsNamingThem(string? id, string? timestamp, string? signature, string expected)
    {
        var result = VerifyVector(id: id, timestamp: timestamp, signature: signature);

        Assert.Equal(WebhookFailure.MissingHeaders, result.Failure);
        Assert.Equal(expected, result.Message);
    }

    [Theory]
    [InlineData("yesterday")] // words
    [InlineData("1614265330.5")] // a fraction of a second
    [InlineData("-1614265330")] // a sign
    [InlineData("2021-02-25T15:02:10Z")] // ISO-8601 instead of Unix seconds
    [InlineData("1.6e9")] // an exponent
    [InlineData("99999999999999999999")] // does not fit in 64 bits
    public void Verify_TimestampNotWholeSeconds_FailsWithBadTimestamp(string timestamp)
    {
        var result = VerifyVector(timestamp: timestamp);

        Assert.Equal(WebhookFailure.BadTimestamp, result.Failure);
        Assert.Equal("the webhook-timestamp header is not a whole number of seconds since 1970-01-01T00:00:00Z", result.Message);
    }

    [Fact]
    public void Verify_TimestampBeyondNodaTimeRange_FailsWithTooNewNotAnException()
    {
        var result = VerifyVector(timestamp: long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(WebhookFailure.TooNew, result.Failure);
    }

    [Fact]
    public void Verify_AnyFailure_MessageHoldsNeitherSecretNorExpectedSignature()
    {
        WebhookVerification[] failures =
        [
            VerifyVector(body: "tampered"),
            VerifyVector(signature: "v1,AAAA"),
            VerifyVector(now: SentAt + Duration.FromHours(1)),
        ];

        Assert.All(failures, failure =>
        {
            Assert.DoesNotContain("MfKQ9r8G", failure.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("g0hM9SsE", failure.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Verify_NoSecrets_Throws()
    {
        Assert.Throws<ArgumentException>(() => StandardWebhook.Verify([], Id, "1614265330", Signature, Bytes(Body), SentAt));
    }

    [Fact]
    public void SignThenVerify_ArbitraryBytes_RoundTrips()
    {
        // Bodies are signed as bytes: invalid UTF-8 and non-ASCII text must survive unchanged.
        byte[] body = [0xFF, 0x00, 0xC3, 0xA9, (byte)'{', 0x80];
        var secret = ParseSecret(OtherSecret);
        var signature = StandardWebhook.Sign(secret, "msg_ünïcode", Timestamp, body);

        var result = StandardWebhook.Verify([secret], "msg_ünïcode", "1614265330", signature, body, SentAt);

        Assert.True(result.IsValid, result.Message);
    }

    [Theory]
    [InlineData("", 0L)] // an empty id
    [InlineData("  ", 0L)] // a blank id
    [InlineData(Id, -1L)] // a timestamp before 1970, which Verify would refuse
    public void Sign_InvalidArguments_Throws(string id, long timestamp)
    {
        Assert.ThrowsAny<ArgumentException>(() => StandardWebhook.Sign(ParseSecret(Secret), id, timestamp, Bytes(Body)));
    }

    [Fact]
    public void HeaderNames_AreTheStandardOnes()
    {
        Assert.Equal(
            ["webhook-id", "webhook-timestamp", "webhook-signature"],
            [StandardWebhook.IdHeader, StandardWebhook.TimestampHeader, StandardWebhook.SignatureHeader]);
    }
}
