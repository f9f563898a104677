using System.Text;
using Newtonsoft.Json.Linq;

namespace InfoGov.Api.Tests.TestHost;

/// <summary>Reads a text/event-stream response event by event, as the npm graphql-sse client does.</summary>
public sealed class EventStreamReader(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    public HttpResponseMessage Response => response;

    /// <summary>Opens a subscription stream: POST /graphql accepting text/event-stream.</summary>
    public static async Task<EventStreamReader> OpenAsync(HttpClient client, string query, object? variables = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(Newtonsoft.Json.JsonConvert.SerializeObject(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", "text/event-stream");
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new EventStreamReader(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>Waits for the server's "listening" comment: from then on, committed changes reach this stream.</summary>
    public async Task ListeningAsync()
    {
        while (true)
        {
            var line = await ReadLineAsync(GraphQLSocket.Patience);
            if (line == ": listening") return;
            if (line.StartsWith("event:", StringComparison.Ordinal)) throw new InvalidOperationException($"An event came before the stream listened: {line} {await ReadLineAsync(GraphQLSocket.Patience)}");
        }
    }

    /// <summary>The next event (comments skipped): its name and its data parsed as JSON (null when empty).</summary>
    public async Task<(string Event, JObject? Data)> NextAsync(TimeSpan? timeout = null)
    {
        string? name = null;
        var data = new StringBuilder();
        while (true)
        {
            var line = await ReadLineAsync(timeout ?? GraphQLSocket.Patience);
            if (line.Length == 0)
            {
                if (name is not null) return (name, data.Length == 0 ? null : JObject.Parse(data.ToString()));
                continue;
            }
            if (line.StartsWith(':')) continue;
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Append(line["data: ".Length..]);
            else if (line == "data:") { }
        }
    }

    private async Task<string> ReadLineAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            return await reader.ReadLineAsync(cancel.Token) ?? throw new EndOfStreamException("The event stream ended.");
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Nothing on the event stream within {timeout.TotalSeconds} s.");
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
