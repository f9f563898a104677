using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Http;
using InfoGov.Api.Engine.Http.Pipeline;
using InfoGov.Api.Engine.RateLimiting;

namespace InfoGov.Api.Engine.Streaming;

/// <summary>
/// Runs an operation that arrived over a streaming transport (WebSocket, Server-Sent Events) with the
/// same gates as the HTTP endpoint: rate limit, document size limits, validation with the field access
/// rule. A subscription's result carries its stream; every event is then executed in a scope of its
/// own (ScopedSubscriptionExecutionStrategy), with the subscriber's user.
/// </summary>
public sealed class StreamingExecutor(
    ISchema schema, IDocumentExecuter executer, IDocumentBuilder documentBuilder, ParsedDocumentCache documents, DocumentParsing parsing,
    RequestLimits limits, RequestRateLimiter rateLimiter, FieldAccessRule accessRule, ILogger<StreamingExecutor> logger)
{
    public async Task<ExecutionResult> ExecuteAsync(HttpContext http, ClaimsPrincipal user, IServiceProvider services, GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (parsing.Check(request) is { } refused) return GraphQLErrors.Result(refused.Code, refused.Message);
        if (!(await rateLimiter.TakeAsync(http, 1)).Granted) return GraphQLErrors.Result(ErrorCodes.RateLimited, RequestRateLimiter.RefusalMessage);
        GraphQLDocument document;
        try
        {
            document = documents.GetOrParse(request.Query!, documentBuilder.Build);
        }
        catch (ExecutionError e)
        {
            return new ExecutionResult { Errors = [e] };
        }
        var (measure, limit) = limits.Check(document, request.OperationName, request.Variables);
        if (limit is not null) return GraphQLErrors.Result(limit.Code, limit.Message);
        if (!(await rateLimiter.TakeAsync(http, rateLimiter.ExtraPermitsFor(measure))).Granted) return GraphQLErrors.Result(ErrorCodes.RateLimited, RequestRateLimiter.RefusalMessage);
        try
        {
            return await executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = schema,
                Query = request.Query,
                Document = document,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = services,
                User = user,
                // The subscription's lifetime: events are executed under it until the client stops.
                CancellationToken = cancellationToken,
                ValidationRules = DocumentValidator.CoreRules.Append(accessRule),
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Streaming operation failed");
            return GraphQLErrors.Result(ErrorCodes.Internal, "The request could not be processed. It has been logged.");
        }
    }
}
