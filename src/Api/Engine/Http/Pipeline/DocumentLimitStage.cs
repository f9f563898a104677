using GraphQLParser.AST;
using InfoGov.Api.Engine.RateLimiting;

namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>
/// The document against the configured limits before it runs: present, not too long, and within the
/// limits of depth, fields, objects, aliases, root fields and fragments; an expensive document pays
/// more permits of its caller's budget (429 when they are not there). Names the operation for the log.
/// </summary>
public sealed class DocumentLimitStage(DocumentParsing parsing, RequestLimits limits, RequestRateLimiter rateLimiter) : IOperationStage
{
    public const string OperationItem = "InfoGov.Operation";

    public async ValueTask<OperationOutcome?> RunAsync(GraphQLOperation operation)
    {
        var request = operation.Request;
        if (parsing.Check(request) is { } refused) return OperationOutcome.Refused(refused.Code, refused.Message, refused.StatusCode);
        var document = operation.Document = parsing.Parse(request.Query!);
        operation.Http.Items[OperationItem] = request.OperationName
            ?? document?.Definitions.OfType<GraphQLOperationDefinition>().FirstOrDefault()?.Name?.StringValue ?? "(unnamed)";
        if (document is null) return null;
        var (measure, limit) = limits.Check(document, request.OperationName, request.Variables);
        if (limit is not null) return OperationOutcome.Refused(limit.Code, limit.Message, limit.StatusCode);
        if (!(await rateLimiter.TakeAsync(operation.Http, rateLimiter.ExtraPermitsFor(measure))).Granted)
            return OperationOutcome.Refused(Errors.ErrorCodes.RateLimited, RequestRateLimiter.RefusalMessage, StatusCodes.Status429TooManyRequests);
        return null;
    }
}
