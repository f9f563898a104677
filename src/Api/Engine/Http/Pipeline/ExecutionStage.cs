using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>
/// Runs the operation with GraphQL.NET's executer: the specification's validation rules (skipped for a
/// document that passed them before), the method's rule and the field access rule; cancelled after
/// the configured timeout or when the client goes away. A refusal by the access rule is audited.
/// </summary>
public sealed class ExecutionStage(
    ISchema schema, IDocumentExecuter executer, ParsedDocumentCache documents, GraphQLEndpointOptions options, FieldAccessRule accessRule,
    RefusalAudit audit, ILogger<ExecutionStage> logger) : IOperationStage
{
    public async ValueTask<OperationOutcome?> RunAsync(GraphQLOperation operation)
    {
        var (http, request, document) = (operation.Http, operation.Request, operation.Document);
        var cancellationToken = operation.Exchange.Aborted;
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
                await audit.RecordAsync(http, document, request, denied.Code!, denied.Message);
            if (result.Errors?.OfType<UnhandledError>().Any(e => DatabaseOutage.Is(e.InnerException)) == true) return Unavailable(http, result);
            return new OperationOutcome(result);
        }
        catch (Exception) when (TimedOut())
        {
            return TimedOutOutcome(http);
        }
        catch (Exception e) when (DatabaseOutage.Is(e))
        {
            logger.LogWarning(e, "The database is unavailable");
            return Unavailable(http, GraphQLErrors.Result(ErrorCodes.DatabaseUnavailable, DatabaseOutage.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Errors inside resolvers become field errors; reaching here is a fault of ours. Log it,
            // tell the client nothing about its internals.
            logger.LogError(e, "GraphQL execution failed");
            return new OperationOutcome(GraphQLErrors.Result(ErrorCodes.Internal, "The request could not be processed. It has been logged."));
        }
    }

    private static OperationOutcome Unavailable(HttpContext http, ExecutionResult result)
    {
        http.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new OperationOutcome(result, StatusCodes.Status503ServiceUnavailable);
    }

    private OperationOutcome TimedOutOutcome(HttpContext http)
    {
        logger.LogWarning("Request {CorrelationId} cancelled after the execution timeout of {Timeout}", Telemetry.CorrelationId.Of(http), options.ExecutionTimeout);
        return OperationOutcome.Refused(ErrorCodes.RequestTimeout,
            $"The request did not finish within {options.ExecutionTimeout.TotalSeconds:0.###} s and was cancelled. Ask for less (smaller pages, fewer fields).",
            StatusCodes.Status503ServiceUnavailable);
    }
}
