using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Integration;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Integration;

/// <summary>The root field of the registered (trusted) documents.</summary>
public static class TrustedDocumentQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Connection<object?, TrustedDocumentGraphType>("trustedDocuments", "Documents registered for applications, by application and name.")
            .ReadableBy(IntegrationReaders.Administrators)
            .Argument<TrustedDocumentFilterInputGraphType>("filter", "Conditions the documents must meet.")
            .WithUpdatedSince()
            .ResolveQuery(ctx =>
            {
                var documents = ctx.Loaders().Db.TrustedDocuments.AsNoTracking();
                if (ctx.GetArgument<TrustedDocumentFilter?>("filter")?.OwnerApp is { } app) documents = documents.Where(d => d.OwnerApp == app);
                return documents.OrderBy(d => d.OwnerApp).ThenBy(d => d.Name);
            });
}
