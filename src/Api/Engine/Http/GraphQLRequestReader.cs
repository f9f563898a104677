using GraphQL;
using GraphQL.Transport;
using InfoGov.Api.Engine.Errors;
using Microsoft.Net.Http.Headers;

namespace InfoGov.Api.Engine.Http;

/// <summary>Reads GraphQL requests from GET query strings and POST bodies, per GraphQL over HTTP.</summary>
public sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, GraphQLEndpointOptions options)
{
    public async Task<(GraphQLHttpRequest? Request, TransportError? Error)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsGet(http.Method)) return ReadGet(http.Query);
        return await ReadPostAsync(http, cancellationToken);
    }

    private (GraphQLHttpRequest?, TransportError?) ReadGet(IQueryCollection query)
    {
        try
        {
            var request = new GraphQLRequest
            {
                Query = query["query"].FirstOrDefault(),
                OperationName = query["operationName"].FirstOrDefault() is { Length: > 0 } name ? name : null,
                Variables = query["variables"].FirstOrDefault() is { Length: > 0 } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = query["extensions"].FirstOrDefault() is { Length: > 0 } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
            };
            return (new GraphQLHttpRequest([request], IsBatch: false), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson,
                "The 'variables' or 'extensions' query parameter is not a JSON object."));
        }
    }

    private async Task<(GraphQLHttpRequest?, TransportError?)> ReadPostAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType))
            return (null, UnsupportedMediaType(http.ContentType));
        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            return (null, new TransportError(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"Charset '{contentType.Charset}' is not supported; send UTF-8."));

        var mediaType = contentType.MediaType.Value?.ToLowerInvariant();
        if (mediaType == GraphQLMediaTypes.GraphQL)
        {
            using var reader = new StreamReader(http.Body);
            var text = await reader.ReadToEndAsync(cancellationToken);
            return (new GraphQLHttpRequest([new GraphQLRequest { Query = text }], IsBatch: false), null);
        }
        if (mediaType == Uploads.MultipartRequest.MediaType) return await Uploads.MultipartRequest.ReadAsync(http, serializer, options, cancellationToken);
        if (mediaType != GraphQLMediaTypes.Json) return (null, UnsupportedMediaType(http.ContentType));

        try
        {
            var requests = await serializer.ReadAsync<IList<GraphQLRequest?>>(http.Body, cancellationToken);
            if (requests is null || requests.Count == 0)
                return (null, new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The body holds no GraphQL request."));
            // A single JSON object arrives as an array of one; a JSON array (even of one) is a batch.
            var isBatch = requests is not GraphQLRequest[];
            if (isBatch && requests.Count > options.MaxBatchSize)
                return (null, new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.BatchTooLarge,
                    $"A batch holds at most {options.MaxBatchSize} requests; this one holds {requests.Count}."));
            if (!isBatch && requests[0] is null)
                return (null, new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The body must be a JSON object with a 'query'."));
            return (new GraphQLHttpRequest(requests.ToList(), isBatch), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson,
                "The body is not a GraphQL request in JSON: an object with a string 'query' and optional 'operationName', object 'variables' and object 'extensions'."));
        }
    }

    private static TransportError UnsupportedMediaType(string? contentType) =>
        new(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
            $"Content-Type '{contentType}' is not supported; send application/json (or application/graphql, or multipart/form-data for uploads).");
}
