using System.Security.Cryptography;
using System.Text;

namespace InfoGov.Api.Features.Webhooks;

/// <summary>
/// How a delivery is signed. The receiver recomputes HMAC-SHA256 with the webhook's secret over
/// "{InfoGov-Timestamp}.{raw body}" and compares it, in constant time, with the hex after "v1=" in
/// InfoGov-Signature; it refuses timestamps more than a few minutes old, which stops replays.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "InfoGov-Signature";
    public const string TimestampHeader = "InfoGov-Timestamp";
    public const string EventIdHeader = "InfoGov-Event-Id";
    public const string WebhookIdHeader = "InfoGov-Webhook-Id";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{timestamp}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
