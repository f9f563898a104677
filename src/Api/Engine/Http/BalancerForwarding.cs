using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace InfoGov.Api.Engine.Http;

/// <summary>
/// Behind a balancer the connection comes from the balancer: its <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> tell the client's address (whose anonymous rate budget a request draws on) and
/// scheme. They are believed only from a loopback address (ASP.NET Core's default) or one listed in
/// <c>Server:KnownProxies</c>; from anyone else a client could choose its own budget.
/// </summary>
public static class BalancerForwarding
{
    public static IServiceCollection AddBalancerForwarding(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = new List<IPAddress>();
        foreach (var text in configuration.GetSection("Server:KnownProxies").Get<string[]>() ?? [])
        {
            if (!IPAddress.TryParse(text, out var address))
                throw Infrastructure.Configuration.Settings.Wrong("Server:KnownProxies", $"'{text}' is not an IP address.");
            proxies.Add(address);
        }
        services.Configure<ForwardedHeadersOptions>(forwarding =>
        {
            forwarding.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // One balancer in front: only the address it appended counts.
            forwarding.ForwardLimit = 1;
            foreach (var proxy in proxies) forwarding.KnownProxies.Add(proxy);
        });
        return services;
    }
}
