using System.Text;
using Commerce.Infrastructure.Payments.Stripe;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Api.Tests.Payments;

public sealed class StripeWebhookVerifierTests : IDisposable
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"id":"evt_1","object":"event","type":"checkout.session.completed"}""");
    private static readonly long Now = StripeTestServices.Now.ToUnixTimeSeconds();

    private readonly ServiceProvider _services = StripeTestServices.Build();

    private StripeWebhookVerifier Verifier => _services.GetRequiredService<StripeWebhookVerifier>();

    public void Dispose() => _services.Dispose();

    private static string Sign(long timestamp, byte[]? body = null, string secret = StripeTestServices.WebhookSecret) =>
        StripeWebhookVerifier.ComputeSignature(secret, timestamp, body ?? Body);

    [Fact]
    public void Verify_WhenSignatureMatches_IsValid()
    {
        var result = Verifier.Verify(Body, $"t={Now},v1={Sign(Now)}");

        result.IsValid.Should().BeTrue(result.Reason);
    }

    [Fact]
    public void Verify_WhenOneOfSeveralV1SignaturesMatches_IsValid()
    {
        // During a secret roll Stripe signs with the old and the new secret; v0 is a legacy scheme we ignore.
        var header = $"t={Now},v1={Sign(Now, secret: "whsec_old")},v1={Sign(Now)},v0={new string('0', 64)}";

        Verifier.Verify(Body, header).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Verify_WhenBodyWasTampered_IsSignatureMismatch()
    {
        var tampered = Encoding.UTF8.GetBytes("""{"id":"evt_1","object":"event","type":"checkout.session.expired"}""");

        Verifier.Verify(tampered, $"t={Now},v1={Sign(Now)}").Failure.Should().Be(WebhookVerificationFailure.SignatureMismatch);
    }

    [Fact]
    public void Verify_WhenSignedWithAnotherSecret_IsSignatureMismatch()
    {
        Verifier.Verify(Body, $"t={Now},v1={Sign(Now, secret: "whsec_other")}").Failure
            .Should().Be(WebhookVerificationFailure.SignatureMismatch);
    }

    [Fact]
    public void Verify_WhenTimestampWasChangedAfterSigning_IsSignatureMismatch()
    {
        Verifier.Verify(Body, $"t={Now + 1},v1={Sign(Now)}").Failure.Should().Be(WebhookVerificationFailure.SignatureMismatch);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Verify_WhenTimestampIsMoreThan300SecondsAway_IsOutOfTolerance(int offsetSeconds)
    {
        var timestamp = Now + offsetSeconds;

        var result = Verifier.Verify(Body, $"t={timestamp},v1={Sign(timestamp)}");

        result.Failure.Should().Be(WebhookVerificationFailure.TimestampOutOfTolerance);
        result.Reason.Should().Contain("300 s");
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Verify_WhenTimestampIsExactly300SecondsAway_IsValid(int offsetSeconds)
    {
        var timestamp = Now + offsetSeconds;

        Verifier.Verify(Body, $"t={timestamp},v1={Sign(timestamp)}").IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(null, WebhookVerificationFailure.MissingHeader)]
    [InlineData("", WebhookVerificationFailure.MissingHeader)]
    [InlineData("garbage", WebhookVerificationFailure.MalformedHeader)]
    [InlineData("t=,v1=", WebhookVerificationFailure.MalformedHeader)]
    [InlineData("t=abc,v1=0000000000000000000000000000000000000000000000000000000000000000", WebhookVerificationFailure.MalformedHeader)]
    [InlineData("v1=0000000000000000000000000000000000000000000000000000000000000000", WebhookVerificationFailure.MalformedHeader)]
    [InlineData("t=1773489600", WebhookVerificationFailure.MalformedHeader)]
    [InlineData("t=1773489600,v1=not-hex", WebhookVerificationFailure.MalformedHeader)]
    [InlineData("t=1773489600,v0=0000000000000000000000000000000000000000000000000000000000000000", WebhookVerificationFailure.MalformedHeader)]
    public void Verify_WhenHeaderIsMissingOrGarbled_IsRejectedWithAReason(string? header, WebhookVerificationFailure expected)
    {
        var result = Verifier.Verify(Body, header);

        result.IsValid.Should().BeFalse();
        result.Failure.Should().Be(expected);
        result.Reason.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Verify_WithWhitespaceAroundElements_IsValid()
    {
        Verifier.Verify(Body, $"t={Now}, v1={Sign(Now)}").IsValid.Should().BeTrue();
    }
}
