using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Mutations;
using InfoGov.Api.Engine.PersistedDocuments;
using InfoGov.Domain.Common;
using InfoGov.Domain.Integration;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Integration;

/// <summary>Administrators register the documents applications may run, and remove them.</summary>
public static class TrustedDocumentMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<TrustedDocumentGraphType, RegisterTrustedDocumentInputGraphType, RegisterTrustedDocumentInput>("registerTrustedDocument", IntegrationReaders.Administrators,
            "Registers a GraphQL document for an application; clients then send its SHA-256 hash instead of its text. Refused with CONFLICT when the same text is registered already.",
            "The document, its name and its application.", RegisterAsync);
        mutation.Mutation<TrustedDocumentManifestGraphType, RegisterTrustedDocumentManifestInputGraphType, RegisterTrustedDocumentManifestInput>("registerTrustedDocumentManifest", IntegrationReaders.Administrators,
            "Registers every operation of an Apollo persisted-query manifest for an application, all or nothing: the documents Apollo Client will hash and send. Documents registered already are left as they are.",
            "The application and the manifest.", RegisterManifestAsync);
        mutation.Mutation<TrustedDocumentGraphType, RemoveTrustedDocumentInputGraphType, RemoveTrustedDocumentInput>("removeTrustedDocument", IntegrationReaders.Administrators,
            "Removes a registered document: applications restricted to registered documents can no longer run it (other instances of the API stop within a minute).",
            "The document.", RemoveAsync);
    }

    private static Task<Payload> RegisterAsync(IResolveFieldContext ctx, RegisterTrustedDocumentInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(TrustedDocument), null, async (scope, ct) =>
        {
            EnsureParses(input.Document);
            var document = TrustedDocument.Register(input.Name, input.OwnerApp, input.Document, scope.Now, scope.Actor);
            await scope.RequireNoneAsync(scope.Db.TrustedDocuments.Where(d => d.Hash == document.Hash),
                UserError.Conflict, "This document is registered already (the same text has the same hash).", "document", ct);
            scope.Db.TrustedDocuments.Add(document);
            return new MutationRunner.Change(document, document, $"Registered '{document.Name}' ({document.Hash[..12]}…) for {document.OwnerApp}.");
        });

    private static Task<Payload> RegisterManifestAsync(IResolveFieldContext ctx, RegisterTrustedDocumentManifestInput input) =>
        ctx.Mutations().RunAsync(ctx, nameof(TrustedDocument), null, async (scope, ct) =>
        {
            var operations = TrustedDocumentManifest.Read(input.Manifest);
            var documents = operations.Select(o =>
            {
                EnsureParses(o.Body, "manifest", o.Name);
                return TrustedDocument.Register(o.Name, input.OwnerApp, o.Body, scope.Now, scope.Actor);
            }).ToList();
            var hashes = documents.Select(d => d.Hash).ToList();
            var known = (await scope.Db.TrustedDocuments.Where(d => hashes.Contains(d.Hash)).Select(d => d.Hash).ToListAsync(ct)).ToHashSet();
            var added = documents.Where(d => !known.Contains(d.Hash)).ToList();
            scope.Db.TrustedDocuments.AddRange(added);
            var result = new TrustedDocumentManifest(added, known.Count);
            return new MutationRunner.Change(result, added.FirstOrDefault() ?? documents[0],
                $"Registered {added.Count} documents of a persisted-query manifest for {input.OwnerApp.Trim()} ({known.Count} were registered already).");
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
    private static void EnsureParses(string text, string field = "document", string? name = null)
    {
        var prefix = name is null ? "" : name + ": ";
        try
        {
            if (GraphQLParser.Parser.Parse(text).Definitions.OfType<GraphQLOperationDefinition>().Any()) return;
        }
        catch (GraphQLSyntaxErrorException e)
        {
            throw new RuleViolation(RuleViolation.Validation, $"{prefix}The document does not parse: {e.Description} (line {e.Location.Line}, column {e.Location.Column}).", field);
        }
        throw new RuleViolation(RuleViolation.Validation, prefix + "The document has no operation to run.", field);
    }
}
