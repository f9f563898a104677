namespace InfoGov.Api.Engine.Http;

/// <summary>A request refused before GraphQL execution, with its HTTP status and error code.</summary>
public sealed record TransportError(int StatusCode, string Code, string Message);
