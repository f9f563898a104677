using InfoGov.Api.Engine.PersistedDocuments;
using InfoGov.Api.Engine.RateLimiting;

namespace InfoGov.Api.Engine.Http.Pipeline;

/// <summary>Replaces a persisted query's hash with the document it names (Apollo's automatic persisted
/// queries, and the trusted documents an administrator registered); application callers may be held
/// to registered documents only.</summary>
public sealed class PersistedDocumentStage(PersistedQueries persistedQueries, GraphQLEndpointOptions options) : IOperationStage
{
    public async ValueTask<OperationOutcome?> RunAsync(GraphQLOperation operation)
    {
        var registeredOnly = options.TrustedDocumentsOnlyForApps && CallerPartition.Of(operation.Http).Kind == CallerKind.App;
        var (resolved, error) = await persistedQueries.ResolveAsync(operation.Request, registeredOnly, operation.Exchange.Aborted);
        if (error is not null) return OperationOutcome.Refused(error.Code, error.Message, error.StatusCode);
        operation.Request = resolved!;
        return null;
    }
}
