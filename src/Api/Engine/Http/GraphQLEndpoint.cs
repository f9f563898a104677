using System.Diagnostics;
using GraphQL;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Http.Pipeline;
using InfoGov.Api.Engine.RateLimiting;
using InfoGov.Api.Engine.Telemetry;

namespace InfoGov.Api.Engine.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: GET carries queries in the query string, POST carries JSON (one
/// request or a batch) or application/graphql. A request passes the request stages in order (method,
/// Accept, its caller's budget and reading it, its token); then each operation passes the operation
/// stages (persisted documents, document limits, execution), batches one after the other on the
/// request's scope (one DbContext, never shared concurrently). Each stage is a class of its own in
/// <c>Pipeline</c>, registered in this order.
/// </summary>
public sealed class GraphQLEndpoint(
    IEnumerable<IRequestStage> requestStages, IEnumerable<IOperationStage> operationStages, GraphQLResponseWriter writer, ILoggerFactory loggers)
{
    private readonly IRequestStage[] _requestStages = [.. requestStages];
    private readonly IOperationStage[] _operationStages = [.. operationStages];
    private readonly ILogger _requestLog = loggers.CreateLogger("InfoGov.Requests");

    /// <summary>Answers one request and writes one structured log line for it (category
    /// <c>InfoGov.Requests</c>): operation, caller kind, status and duration; never tokens or variables.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await AnswerAsync(new GraphQLExchange(http));
        }
        finally
        {
            var operation = http.Items.TryGetValue(DocumentLimitStage.OperationItem, out var named) && named is string name ? name : "-";
            var kind = CallerPartition.Of(http).Kind.ToString();
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            _requestLog.LogInformation("GraphQL {Operation} by {CallerKind} answered {Status} in {ElapsedMs:0.0} ms", operation, kind, http.Response.StatusCode, elapsed);
            ApiMetrics.RecordRequest(operation, kind, http.Response.StatusCode, elapsed);
        }
    }

    private async Task AnswerAsync(GraphQLExchange exchange)
    {
        foreach (var stage in _requestStages)
            if (await stage.RunAsync(exchange) is { } refusal)
            {
                await writer.WriteRefusalAsync(exchange, refusal);
                return;
            }

        var request = exchange.Request!;
        if (!request.IsBatch)
        {
            await writer.WriteAsync(exchange, await RunAsync(new GraphQLOperation(exchange, request.Requests[0]!)));
            return;
        }
        var results = new List<ExecutionResult>();
        foreach (var item in request.Requests)
            results.Add(item is null
                ? GraphQLErrors.Result(ErrorCodes.InvalidRequest, "A batch entry must be a JSON object with a 'query'.")
                : (await RunAsync(new GraphQLOperation(exchange, item))).Result);
        await writer.WriteAsync(exchange, results);
    }

    private async Task<OperationOutcome> RunAsync(GraphQLOperation operation)
    {
        foreach (var stage in _operationStages)
            if (await stage.RunAsync(operation) is { } outcome)
                return outcome;
        throw new InvalidOperationException("The last operation stage (execution) always gives an outcome.");
    }
}
