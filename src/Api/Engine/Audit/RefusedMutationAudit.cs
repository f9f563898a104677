using GraphQLParser.AST;
using InfoGov.Api.Engine.Authentication;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Http;
using InfoGov.Api.Engine.Telemetry;
using InfoGov.Domain.Common;
using InfoGov.Infrastructure.Persistence;

namespace InfoGov.Api.Engine.Audit;

/// <summary>
/// Records mutations refused before they ran (no token, a refused token, a missing role): one audit
/// entry per mutation field of the operation, with the caller (or, for anonymous callers, only the
/// client address), the reason code and the correlation id. Refusals inside a mutation are recorded
/// by the mutation runner.
/// </summary>
public sealed class RefusedMutationAudit(InfoGovDbContext db, TimeProvider time, AccessTokenOptions identity, ILogger<RefusedMutationAudit> logger)
{
    public const string EntityType = "Request";

    public async Task RecordAsync(HttpContext http, GraphQLDocument document, string? operationName, string code, string reason)
    {
        if (DocumentOperations.Select(document, operationName) is not { Operation: OperationType.Mutation } operation) return;
        var actor = AuditActor.Of(Caller.From(http.User, identity.DepartmentClaim), http);
        var now = time.GetUtcNow();
        foreach (var field in RootFields(operation.SelectionSet, document))
            db.AuditEntries.Add(actor.Entry(now, field, EntityType, null, AuditOutcome.Refused, code, "Refused before execution: " + reason));
        try
        {
            // Not the request's token: a client that hangs up must not erase the trace of its attempt.
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Could not audit a refused mutation ({Code}) of request {CorrelationId}", code, CorrelationId.Of(http));
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The mutation fields selected at the root, through inline fragments and fragment spreads.</summary>
    private static IEnumerable<string> RootFields(GraphQLSelectionSet set, GraphQLDocument document, int depth = 0)
    {
        if (depth > 10) yield break; // a fragment cycle; validation reports it
        foreach (var selection in set.Selections)
        {
            var nested = selection switch
            {
                GraphQLField field => [field.Name.StringValue],
                GraphQLInlineFragment inline => RootFields(inline.SelectionSet, document, depth + 1),
                GraphQLFragmentSpread spread => document.Definitions.OfType<GraphQLFragmentDefinition>()
                    .FirstOrDefault(f => f.FragmentName.Name.StringValue == spread.FragmentName.Name.StringValue) is { } fragment
                    ? RootFields(fragment.SelectionSet, document, depth + 1) : [],
                _ => [],
            };
            foreach (var name in nested.Distinct()) yield return name;
        }
    }
}
