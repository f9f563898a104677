using GraphQL.Transport;

namespace InfoGov.Api.Engine.Http;

/// <summary>What the endpoint read from an HTTP request: one GraphQL request or a batch.</summary>
public sealed record GraphQLHttpRequest(IReadOnlyList<GraphQLRequest?> Requests, bool IsBatch);
