using System.Net;
using System.Net.Sockets;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Features.Webhooks;

/// <summary>
/// Which URLs a webhook may call. Checked when a webhook is registered and again on every connection
/// (the name is resolved then, and every address it resolves to is checked), so a name that later
/// points inside the network (DNS rebinding) is refused too. Redirects are not followed.
/// </summary>
public sealed class WebhookTargets(WebhookOptions options, IHostEnvironment environment)
{
    public bool RequireHttps => options.RequireHttps ?? environment.IsProduction();

    /// <summary>
    /// The URL as registered, or a refusal naming what is wrong with it: by its form, and by the rule
    /// deliveries follow (every address its name resolves to now must be public). A name that does not
    /// resolve now is accepted: deliveries check it again when they connect.
    /// </summary>
    public async Task<Uri> CheckAsync(string url, CancellationToken cancellationToken)
    {
        var uri = Check(url);
        if (options.AllowPrivateTargets || IPAddress.TryParse(uri.DnsSafeHost, out _)) return uri;
        IPAddress[] addresses;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            addresses = await Dns.GetHostAddressesAsync(uri.DnsSafeHost, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return uri;
        }
        if (addresses.Any(IsInternal)) throw Refused(PrivateTarget);
        return uri;
    }

    private const string PrivateTarget = "The webhook URL points at a loopback, private or link-local address; only public targets are called.";

    /// <summary>The URL by its form alone (see <see cref="CheckAsync"/>).</summary>
    public Uri Check(string url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw Refused("The webhook URL must be an absolute http(s) URL.");
        if (RequireHttps && uri.Scheme != Uri.UriSchemeHttps)
            throw Refused("Webhook URLs must use https.");
        if (uri.UserInfo.Length > 0)
            throw Refused("A webhook URL carries no user name or password; the signature authenticates deliveries.");
        // A fully qualified name may end in a dot ("localhost."): it names the same host as without.
        var host = uri.DnsSafeHost.TrimEnd('.');
        if (!options.AllowPrivateTargets && (uri.IsLoopback || (IPAddress.TryParse(host, out var address) && IsInternal(address))
                                             || host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                                             || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)))
            throw Refused(PrivateTarget);
        return uri;
    }

    /// <summary>Opens a delivery's connection, to a public address only (unless private targets are allowed).</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        if (!options.AllowPrivateTargets && addresses.Any(IsInternal))
            throw new HttpRequestException($"{context.DnsEndPoint.Host} resolves to an internal address; webhook deliveries go to public addresses only.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Loopback, private (RFC 1918, unique local), link-local (cloud metadata), carrier-grade NAT,
    /// unspecified, multicast and the IPv4 addresses mapped into IPv6 of all of these.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
        var b = address.GetAddressBytes();
        return b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
               || (b[0] == 172 && b[1] is >= 16 and <= 31)
               || (b[0] == 192 && b[1] == 168)
               || (b[0] == 169 && b[1] == 254)
               || (b[0] == 100 && b[1] is >= 64 and <= 127);
    }

    private static RuleViolation Refused(string message) => new(RuleViolation.Validation, message, "url");
}
