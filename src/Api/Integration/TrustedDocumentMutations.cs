using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using InfoGov.Api.Authorization;
using InfoGov.Api.Common.Mutations;
using InfoGov.Api.Errors;
using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Integration;

/// <summary>Administrators register the documents applications may run, and remove them.</summary>
public static class TrustedDocumentMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<TrustedDocumentGraphType, RegisterTrustedDocumentInputGraphType, RegisterTrustedDocumentInput>("registerTrustedDocument", Readers.Administrators,
            "Registers a GraphQL document for an application; clients then send its SHA-256 hash instead of its text. Refused with CONFLICT when the same text is registered already.",
            "The document, its name and its application.", RegisterAsync);
        mutation.Mutation<TrustedDocumentGraphType, RemoveTrustedDocumentInputGraphType, RemoveTrustedDocumentInput>("removeTrustedDocument", Readers.Administrators,
            "Removes a registered document: applications restricted to registered documents can no longer run it (other instances of the API stop within a minute).",
            "The document.", RemoveAsync);
    }

    private static Task<Payload> RegisterAsync(IResolveFieldContext ctx, RegisterTrustedDocumentInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(TrustedDocument), null, async (scope, ct) =>
        {
            EnsureParses(input.Document);
            var document = TrustedDocument.Register(input.Name, input.OwnerApp, input.Document, scope.Now, scope.Actor);
            if (await scope.Db.TrustedDocuments.AnyAsync(d => d.Hash == document.Hash, ct))
                throw new MutationRefusal(new UserError(UserError.Conflict, "This document is registered already (the same text has the same hash).", "document"));
            scope.Db.TrustedDocuments.Add(document);
            return new MutationRunner.Change(document, document, $"Registered '{document.Name}' ({document.Hash[..12]}…) for {document.OwnerApp}.");
        });

    private static Task<Payload> RemoveAsync(IResolveFieldContext ctx, RemoveTrustedDocumentInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(TrustedDocument), null, async (scope, ct) =>
        {
            var document = await scope.FindAsync<TrustedDocument>(input.Id, "id", ct);
            scope.Db.TrustedDocuments.Remove(document);
            ctx.RequestServices!.GetRequiredService<TrustedDocuments>().Forget(document.Hash);
            return new MutationRunner.Change(document, document, $"Removed '{document.Name}' ({document.Hash[..12]}…) of {document.OwnerApp}.");
        });

    /// <summary>A document that does not parse, or has no operation, could never run: refused now, not at the dashboard.</summary>
    private static void EnsureParses(string text)
    {
        try
        {
            if (GraphQLParser.Parser.Parse(text).Definitions.OfType<GraphQLOperationDefinition>().Any()) return;
        }
        catch (GraphQLSyntaxErrorException e)
        {
            throw new RuleViolation(RuleViolation.Validation, $"The document does not parse: {e.Description} (line {e.Location.Line}, column {e.Location.Column}).", "document");
        }
        throw new RuleViolation(RuleViolation.Validation, "The document has no operation to run.", "document");
    }
}
