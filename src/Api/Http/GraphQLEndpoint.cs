using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using InfoGov.Api.Audit;
using InfoGov.Api.Authentication;
using InfoGov.Api.Authorization;
using InfoGov.Api.Errors;
using InfoGov.Api.RateLimiting;
using InfoGov.Api.Telemetry;
using InfoGov.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Net.Http.Headers;

namespace InfoGov.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint. GET carries queries in the query string, POST carries JSON (one
/// request or a batch) or application/graphql. Status codes follow the specification: under
/// application/graphql-response+json a request that did not execute is 400 (405 for a mutation
/// over GET); under application/json it is 200 with the errors; transport errors are 4xx either way.
/// Before anything runs, each request is charged to its caller's rate-limit budget (429 over it) and
/// its document is measured against the configured limits; execution is cancelled after the
/// configured timeout or when the client goes away.
/// </summary>
public sealed class GraphQLEndpoint(
    ISchema schema, IDocumentExecuter executer, IDocumentBuilder documentBuilder, ParsedDocumentCache documents, PersistedQueries persistedQueries, IGraphQLTextSerializer serializer,
    GraphQLRequestReader reader, GraphQLEndpointOptions options, RequestLimits limits, RequestRateLimiter rateLimiter,
    FieldAccessRule accessRule, ILogger<GraphQLEndpoint> logger, ILoggerFactory loggers)
{
    /// <summary>A result and, when it is not the usual one for the result, the HTTP status it calls for.</summary>
    private sealed record Outcome(ExecutionResult Result, int? Status = null);

    private const string OperationItem = "InfoGov.Operation";
    private readonly ILogger _requestLog = loggers.CreateLogger("InfoGov.Requests");

    /// <summary>Answers one request and writes one structured log line for it (category
    /// <c>InfoGov.Requests</c>): operation, caller kind, status and duration; never tokens or variables.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await HandleCoreAsync(http);
        }
        finally
        {
            var operation = http.Items.TryGetValue(OperationItem, out var named) && named is string name ? name : "-";
            var kind = CallerPartition.Of(http).Kind.ToString();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            _requestLog.LogInformation("GraphQL {Operation} by {CallerKind} answered {Status} in {ElapsedMs:0.0} ms", operation, kind, http.Response.StatusCode, elapsed);
            ApiMetrics.RecordRequest(operation, kind, http.Response.StatusCode, elapsed);
        }
    }

    private async Task HandleCoreAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, GraphQLMediaTypes.Json, new TransportError(StatusCodes.Status405MethodNotAllowed,
                ErrorCodes.MethodNotAllowed, $"Method {http.Request.Method} is not allowed; use GET or POST."), cancellationToken);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(http.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, GraphQLMediaTypes.Json, new TransportError(StatusCodes.Status406NotAcceptable, ErrorCodes.NotAcceptable,
                $"The Accept header allows neither {GraphQLMediaTypes.GraphQLResponseJson} nor {GraphQLMediaTypes.Json}."), cancellationToken);
            return;
        }

        // Every request pays one permit before it is executed, so that malformed requests are not free.
        // The body is read either way: a refused batch is answered with an array of its own length,
        // which batching clients (Apollo's BatchHttpLink) match entry by entry.
        var granted = rateLimiter.Take(http, 1).Granted;
        var (request, error) = await reader.ReadAsync(http.Request, cancellationToken);
        if (!granted)
        {
            await WriteErrorAsync(http, mediaType, new TransportError(StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, RequestRateLimiter.RefusalMessage),
                cancellationToken, request);
            return;
        }
        if (error is not null)
        {
            await WriteErrorAsync(http, mediaType, error, cancellationToken);
            return;
        }

        // A token that was presented but failed validation is refused outright, whatever is selected:
        // silently treating the caller as anonymous would hide an expired or forged token.
        if (http.Request.Headers.Authorization.Count > 0 && (await http.AuthenticateAsync()).Failure is { } failure)
        {
            var reason = "The access token was refused: " + TokenFailure.Describe(failure);
            foreach (var item in request!.Requests.OfType<GraphQLRequest>())
                if (CheckRequest(item) is null && Parse(item.Query!) is { } document)
                    await AuditRefusalAsync(http, document, item, ErrorCodes.NotAuthenticated, reason);
            http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            await WriteErrorAsync(http, mediaType, new TransportError(StatusCodes.Status401Unauthorized, ErrorCodes.NotAuthenticated, reason), cancellationToken, request);
            return;
        }

        if (!request!.IsBatch)
        {
            var outcome = await ExecuteAsync(http, request.Requests[0]!, cancellationToken);
            await WriteAsync(http, mediaType, outcome.Status ?? StatusFor(outcome.Result, mediaType), outcome.Result, cancellationToken);
            return;
        }

        // Batches run one after the other on the request's scope: one DbContext, never shared concurrently.
        var results = new List<ExecutionResult>();
        foreach (var item in request.Requests)
            results.Add(item is null
                ? ErrorResult(ErrorCodes.InvalidRequest, "A batch entry must be a JSON object with a 'query'.")
                : (await ExecuteAsync(http, item, cancellationToken)).Result);
        await WriteAsync(http, mediaType, StatusCodes.Status200OK, results, cancellationToken);
    }

    private TransportError? CheckRequest(GraphQLRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
            return new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.QueryMissing, "The request has no 'query'.");
        if (request.Query.Length > options.MaxQueryLength)
            return new TransportError(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooLarge,
                $"The query is {request.Query.Length} characters long; at most {options.MaxQueryLength} are accepted.");
        return null;
    }

    /// <summary>The parsed document, or null when it does not parse: the executer then reports the syntax error as usual.</summary>
    private GraphQLDocument? Parse(string query)
    {
        try
        {
            return documents.GetOrParse(query, documentBuilder.Build);
        }
        catch (ExecutionError)
        {
            return null;
        }
    }

    private async Task<Outcome> ExecuteAsync(HttpContext http, GraphQLRequest request, CancellationToken cancellationToken)
    {
        var registeredOnly = options.TrustedDocumentsOnlyForApps && CallerPartition.Of(http).Kind == CallerKind.App;
        var (resolved, persistedError) = await persistedQueries.ResolveAsync(request, registeredOnly, cancellationToken);
        if (persistedError is not null) return new Outcome(ErrorResult(persistedError.Code, persistedError.Message), persistedError.StatusCode);
        request = resolved!;
        if (CheckRequest(request) is { } refused) return new Outcome(ErrorResult(refused.Code, refused.Message), refused.StatusCode);
        var document = Parse(request.Query!);
        http.Items[OperationItem] = request.OperationName
            ?? document?.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault()?.Name?.StringValue ?? "(unnamed)";
        if (document is not null)
        {
            var (measure, limit) = limits.Check(document, request.OperationName, request.Variables);
            if (limit is not null) return new Outcome(ErrorResult(limit.Code, limit.Message), limit.StatusCode);
            if (!rateLimiter.Take(http, rateLimiter.ExtraPermitsFor(measure)).Granted)
                return new Outcome(RateLimited(), StatusCodes.Status429TooManyRequests);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ExecutionTimeout);
        // Cancellation surfaces in many shapes (a cancelled command, a field error from a loader, a closed
        // connection); whatever the shape, a request that ran out of time answers as timed out. The clock
        // is checked too: on a busy machine the timer can fire late, and a result past its deadline is not sent.
        var started = Stopwatch.GetTimestamp();
        bool TimedOut() => (timeout.IsCancellationRequested || Stopwatch.GetElapsedTime(started) > options.ExecutionTimeout)
                           && !cancellationToken.IsCancellationRequested;
        await http.RequestServices.GetRequiredService<InfoGovDbContext>().HoldForRequestAsync(cancellationToken);
        var validatedBefore = document is not null && documents.PassedValidation(request.Query!, request.OperationName);
        try
        {
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Query = request.Query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = timeout.Token,
                ValidationRules = (validatedBefore ? [] : DocumentValidator.CoreRules)
                    .Append(HttpMethods.IsGet(http.Request.Method) ? QueriesOnlyOverGetRule.Instance : NoSubscriptionsOverHttpRule.Instance)
                    .Append(accessRule),
            });
            // Executed: every rule passed, the specification's among them.
            if (result.Executed && !validatedBefore && document is not null) documents.RecordValidated(request.Query!, request.OperationName);
            if (TimedOut()) return TimedOutOutcome(http);
            if (!result.Executed && document is not null && result.Errors?.OfType<AccessDeniedError>().FirstOrDefault() is { } denied)
                await AuditRefusalAsync(http, document, request, denied.Code!, denied.Message);
            return new Outcome(result);
        }
        catch (Exception) when (TimedOut())
        {
            return TimedOutOutcome(http);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Errors inside resolvers become field errors; reaching here is a fault of ours. Log it,
            // tell the client nothing about its internals.
            logger.LogError(e, "GraphQL execution failed");
            return new Outcome(ErrorResult(ErrorCodes.Internal, "The request could not be processed. It has been logged."));
        }
    }

    private Outcome TimedOutOutcome(HttpContext http)
    {
        logger.LogWarning("Request {CorrelationId} cancelled after the execution timeout of {Timeout}", CorrelationId.Of(http), options.ExecutionTimeout);
        return new Outcome(ErrorResult(ErrorCodes.RequestTimeout,
            $"The request did not finish within {options.ExecutionTimeout.TotalSeconds:0.###} s and was cancelled. Ask for less (smaller pages, fewer fields)."),
            StatusCodes.Status503ServiceUnavailable);
    }

    // The audit is scoped (it writes through the request's DbContext); this endpoint is a singleton.
    private static Task AuditRefusalAsync(HttpContext http, GraphQLDocument document, GraphQLRequest request, string code, string reason) =>
        http.RequestServices.GetRequiredService<RefusedMutationAudit>().RecordAsync(http, document, request.OperationName, code, reason);

    private static ExecutionResult RateLimited() =>
        ErrorResult(ErrorCodes.RateLimited, RequestRateLimiter.RefusalMessage);

    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Executed) return StatusCodes.Status200OK;
        // A mutation over GET is refused for its method first, whatever else is wrong with it.
        if (result.Errors is { Count: > 0 } errors && errors.Any(e => e is MethodNotAllowedError))
            return StatusCodes.Status405MethodNotAllowed;
        if (result.Errors?.Any(e => e.Code == ErrorCodes.Internal) == true) return StatusCodes.Status500InternalServerError;
        if (mediaType != GraphQLMediaTypes.GraphQLResponseJson) return StatusCodes.Status200OK;
        // Access errors alone: 401 when the caller must authenticate, 403 when it lacks a role.
        return AccessDeniedError.StatusOf(result.Errors) ?? StatusCodes.Status400BadRequest;
    }

    private static ExecutionResult ErrorResult(string code, string message) =>
        new() { Errors = [new ExecutionError(message) { Code = code }] };

    /// <summary>Refuses the whole request: one error, or for a batch one error per entry, in an array as long as the batch.</summary>
    private Task WriteErrorAsync(HttpContext http, string mediaType, TransportError error, CancellationToken cancellationToken, GraphQLHttpRequest? request = null)
    {
        if (error.StatusCode == StatusCodes.Status405MethodNotAllowed && !http.Response.Headers.ContainsKey(HeaderNames.Allow))
            http.Response.Headers.Allow = "POST";
        object body = request is { IsBatch: true } batch
            ? batch.Requests.Select(_ => ErrorResult(error.Code, error.Message)).ToList()
            : ErrorResult(error.Code, error.Message);
        return WriteAsync(http, mediaType, error.StatusCode, body, cancellationToken);
    }

    /// <summary>The entity tag of a cacheable answer (an anonymous GET that succeeded without errors):
    /// a hash of its data, which leaves out the per-request correlation id; null for anything else.</summary>
    private string? CacheValidator(HttpContext http, int statusCode, object body)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || http.Request.Headers.Authorization.Count > 0 || statusCode != StatusCodes.Status200OK
            || body is not ExecutionResult { Executed: true, Errors: null or { Count: 0 } } result)
            return null;
        var data = serializer.Serialize(new ExecutionResult { Data = result.Data, Executed = true });
        return $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data)))[..32]}\"";
    }

    private async Task WriteAsync(HttpContext http, string mediaType, int statusCode, object body, CancellationToken cancellationToken)
    {
        // The correlation id ties a response to its log lines and audit entries.
        foreach (var result in body is ExecutionResult single ? [single] : (body as IEnumerable<ExecutionResult> ?? []))
            (result.Extensions ??= new Dictionary<string, object?>())["correlationId"] = CorrelationId.Of(http);
        if (statusCode == StatusCodes.Status405MethodNotAllowed && !http.Response.Headers.ContainsKey(HeaderNames.Allow))
            http.Response.Headers.Allow = "POST";
        if (statusCode == StatusCodes.Status401Unauthorized && !http.Response.Headers.ContainsKey(HeaderNames.WWWAuthenticate))
            http.Response.Headers.WWWAuthenticate = "Bearer";
        http.Response.Headers[BrowserAccess.CorrelationHeader] = CorrelationId.Of(http);
        if (CacheValidator(http, statusCode, body) is { } etag)
        {
            // Anonymous reads over GET are public data: shared caches may keep them briefly, and a client
            // holding the same answer gets 304 without a body.
            http.Response.Headers.ETag = etag;
            http.Response.Headers.CacheControl = $"public, max-age={options.AnonymousCacheSeconds}";
            http.Response.Headers.Vary = "Accept, Accept-Encoding, Authorization";
            if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
            {
                http.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        else
        {
            http.Response.Headers.CacheControl = http.Request.Headers.Authorization.Count > 0 ? "private, no-store" : "no-store";
        }
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, body, cancellationToken);
    }
}
