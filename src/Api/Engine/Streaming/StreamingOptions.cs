using System.ComponentModel.DataAnnotations;
namespace InfoGov.Api.Engine.Streaming;

/// <summary>Configuration section <c>Subscriptions</c>: limits of the WebSocket and SSE transports.</summary>
public sealed class StreamingOptions
{
    public const string Section = "Subscriptions";

    /// <summary>Active subscriptions on one WebSocket connection.</summary>
    [Range(1, int.MaxValue)]
    public int MaxPerConnection { get; set; } = 10;

    /// <summary>Active subscriptions of one caller (user or application) across its connections and streams.</summary>
    [Range(1, int.MaxValue)]
    public int MaxPerCaller { get; set; } = 25;

    /// <summary>A WebSocket must send connection_init, with credentials, within this time.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A WebSocket without a subscription for this long is closed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an SSE stream sends a comment line so that proxies keep it open.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The largest message a client may send over a WebSocket, in bytes.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 64 * 1024;
}
