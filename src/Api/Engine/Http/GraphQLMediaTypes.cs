using Microsoft.Net.Http.Headers;

namespace InfoGov.Api.Engine.Http;

/// <summary>Media types of the GraphQL-over-HTTP specification and the Accept negotiation between them.</summary>
public static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string GraphQL = "application/graphql";
    public const string EventStream = "text/event-stream";

    /// <summary>
    /// The response media type for an Accept header, or null when it accepts neither (406).
    /// An explicit application/graphql-response+json wins when it has the highest quality;
    /// application/json, application/* and */*, or no Accept at all, give application/json, which
    /// legacy clients understand.
    /// </summary>
    public static string? Negotiate(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || accept.All(string.IsNullOrWhiteSpace)) return Json;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges)) return Json;
        foreach (var range in ranges.Where(r => (r.Quality ?? 1.0) > 0).OrderByDescending(r => r.Quality ?? 1.0))
        {
            var type = range.MediaType.Value?.ToLowerInvariant();
            if (type == GraphQLResponseJson) return GraphQLResponseJson;
            if (type is Json or "application/*" or "*/*") return Json;
        }
        return null;
    }

    /// <summary>
    /// Whether the Accept header prefers an event stream to a JSON answer: text/event-stream has a
    /// higher quality than every JSON type, or the same quality and comes first. urql and other
    /// clients list text/event-stream after the JSON types on every query; answering those with a
    /// stream made urql abort the read once it had its result, an unhandled AbortError in Node.
    /// </summary>
    public static bool PrefersEventStream(IList<string>? accept)
    {
        if (accept is null || !MediaTypeHeaderValue.TryParseList(accept, out var ranges)) return false;
        foreach (var range in ranges.Where(r => (r.Quality ?? 1.0) > 0).OrderByDescending(r => r.Quality ?? 1.0))
        {
            var type = range.MediaType.Value?.ToLowerInvariant();
            if (type == EventStream) return true;
            if (type is GraphQLResponseJson or Json or "application/*" or "*/*") return false;
        }
        return false;
    }
}
