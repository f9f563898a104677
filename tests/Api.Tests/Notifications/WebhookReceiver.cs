using System.Collections.Concurrent;
using InfoGov.Api.Tests.TestHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InfoGov.Api.Tests.Notifications;

/// <summary>A system that receives webhooks: a real HTTP server on a loopback port that records every
/// delivery and answers with the status its script gives for that attempt (then 200).</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public sealed record Delivery(Dictionary<string, string> Headers, byte[] Body);

    private readonly WebApplication _app;
    private readonly Queue<int> _script;

    public ConcurrentQueue<Delivery> Received { get; } = new();
    public string Url { get; }

    private WebhookReceiver(WebApplication app, string url, IEnumerable<int> script) => (_app, Url, _script) = (app, url, new Queue<int>(script));

    public static async Task<WebhookReceiver> StartAsync(params int[] script)
    {
        var port = ApiProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, $"http://127.0.0.1:{port}/hooks/infogov", script);
        app.MapPost("/hooks/infogov", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            receiver.Received.Enqueue(new Delivery(http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body.ToArray()));
            int status;
            lock (receiver._script) status = receiver._script.Count > 0 ? receiver._script.Dequeue() : 200;
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Waits until at least <paramref name="count"/> deliveries came (or 20 s passed).</summary>
    public async Task WaitForAsync(int count)
    {
        for (var i = 0; i < 200 && Received.Count < count; i++) await Task.Delay(100);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
