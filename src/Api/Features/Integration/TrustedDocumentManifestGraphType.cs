using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;

namespace InfoGov.Api.Features.Integration;

public sealed class TrustedDocumentManifestGraphType : ObjectGraphType<TrustedDocumentManifest>
{
    public TrustedDocumentManifestGraphType()
    {
        Name = "TrustedDocumentManifest";
        Description = "What registering an Apollo persisted-query manifest did.";
        this.Connection<TrustedDocumentManifest, TrustedDocumentGraphType>("registered", "The documents registered now, in the manifest's order.")
            .ResolveBatched(ctx => LoaderResults.Known(ctx.Source.Documents));
        Field(m => m.AlreadyRegistered).Description("How many of the manifest's documents were registered already (the same text) and were left as they were.");
        this.ReadableBy(IntegrationReaders.Administrators);
    }
}
