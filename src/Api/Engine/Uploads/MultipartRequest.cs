using GraphQL;
using GraphQL.Transport;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Http;
using Microsoft.AspNetCore.Http.Features;

namespace InfoGov.Api.Engine.Uploads;

/// <summary>
/// Reads a request of the GraphQL multipart request specification: the 'operations' field (one request or a
/// batch, as JSON), the 'map' field (file part name to the variable paths it fills) and the file parts. Each
/// mapped path must name a null in the operations, as the specification has clients send; a file larger than
/// the configured limit, a part the map names but the request lacks, or a path that is not a variable is refused
/// with a coded 4xx before anything runs. A cross-site form cannot send it on a user's behalf: the endpoint
/// reads callers from the Authorization header only, which a form cannot set.
/// </summary>
public static class MultipartRequest
{
    public const string MediaType = "multipart/form-data";

    public static async Task<(GraphQLHttpRequest?, TransportError?)> ReadAsync(HttpRequest http, IGraphQLTextSerializer serializer, GraphQLEndpointOptions options,
        CancellationToken cancellationToken)
    {
        if (http.ContentLength > options.MaxUploadBytes)
            return (null, TooLarge(options));
        IFormCollection form;
        try
        {
            form = await http.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = options.MaxUploadBytes, ValueLengthLimit = 1 << 20 }, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return (null, TooLarge(options));
        }
        catch (IOException)
        {
            return (null, Bad(ErrorCodes.InvalidRequest, "The multipart body could not be read."));
        }
        if (form.Files.Any(f => f.Length > options.MaxUploadBytes)) return (null, TooLarge(options));
        if (form["operations"].FirstOrDefault() is not { Length: > 0 } operations)
            return (null, Bad(ErrorCodes.InvalidRequest, "A multipart GraphQL request needs an 'operations' field holding the request as JSON."));

        // A JSON array is a batch, even of one.
        var batch = operations.TrimStart().StartsWith('[');
        List<GraphQLRequest?> requests;
        Dictionary<string, string[]> map;
        try
        {
            requests = batch ? [.. serializer.Deserialize<List<GraphQLRequest?>>(operations) ?? []] : [serializer.Deserialize<GraphQLRequest>(operations)];
            map = form["map"].FirstOrDefault() is { Length: > 0 } mapText ? serializer.Deserialize<Dictionary<string, string[]>>(mapText) ?? [] : [];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, Bad(ErrorCodes.InvalidJson, "'operations' must be a GraphQL request in JSON (or a batch of them) and 'map' a JSON object of file part names to arrays of paths."));
        }
        if (requests.Count == 0 || requests.Any(r => r is null))
            return (null, Bad(ErrorCodes.InvalidRequest, "'operations' holds no GraphQL request."));
        if (batch && requests.Count > options.MaxBatchSize)
            return (null, Bad(ErrorCodes.BatchTooLarge, $"A batch holds at most {options.MaxBatchSize} requests; this one holds {requests.Count}."));

        var variables = requests.Select(r => r!.Variables is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(r.Variables)).ToList();
        foreach (var (part, paths) in map)
        {
            if (form.Files.GetFile(part) is not { } file)
                return (null, Bad(ErrorCodes.InvalidRequest, $"The map names the file part '{part}', which the request does not hold."));
            foreach (var path in paths)
                if (Place(variables, path.Split('.'), file, batch) is { } wrong) return (null, Bad(ErrorCodes.InvalidRequest, wrong));
        }
        for (var i = 0; i < requests.Count; i++) requests[i]!.Variables = new Inputs(variables[i]);
        return (new GraphQLHttpRequest(requests, batch), null);
    }

    /// <summary>Puts <paramref name="file"/> at a path such as <c>variables.file</c>, <c>variables.input.files.0</c>
    /// or, in a batch, <c>0.variables.file</c>; a description of what is wrong with the path, or null.</summary>
    private static string? Place(List<Dictionary<string, object?>> variables, string[] path, IFormFile file, bool batch)
    {
        var index = 0;
        if (batch && (path.Length == 0 || !int.TryParse(path[0], out index) || index < 0 || index >= variables.Count))
            return $"The path '{string.Join('.', path)}' must start with the operation's index in the batch.";
        var rest = batch ? path[1..] : path;
        if (rest.Length < 2 || rest[0] != "variables") return $"The path '{string.Join('.', path)}' must name a variable (variables.<name>...).";
        object? container = variables[index];
        for (var i = 1; i < rest.Length; i++)
        {
            var last = i == rest.Length - 1;
            switch (container)
            {
                case IDictionary<string, object?> dictionary when last:
                    dictionary[rest[i]] = file;
                    return null;
                case IDictionary<string, object?> dictionary:
                    container = dictionary.TryGetValue(rest[i], out var next) ? next : null;
                    break;
                case IList<object?> list when int.TryParse(rest[i], out var at) && at >= 0 && at < list.Count:
                    if (last) { list[at] = file; return null; }
                    container = list[at];
                    break;
                default:
                    return $"The path '{string.Join('.', path)}' does not lead to a variable of the operation.";
            }
        }
        return $"The path '{string.Join('.', path)}' does not lead to a variable of the operation.";
    }

    private static TransportError TooLarge(GraphQLEndpointOptions options) =>
        new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.UploadTooLarge, $"An upload is at most {options.MaxUploadBytes:N0} bytes (GraphQL:MaxUploadBytes).");

    private static TransportError Bad(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);
}
