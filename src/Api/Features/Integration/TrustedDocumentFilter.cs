using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Integration;

/// <summary>Arguments of the <c>trustedDocuments</c> list.</summary>
public sealed record TrustedDocumentFilter(string? OwnerApp);

public sealed class TrustedDocumentFilterInputGraphType : InputObjectGraphType<TrustedDocumentFilter>
{
    public TrustedDocumentFilterInputGraphType()
    {
        Name = "TrustedDocumentFilter";
        Description = "Narrows the registered documents.";
        Field<StringGraphType>("ownerApp").Description("Only documents of this application (client id).");
        this.ReadableBy(IntegrationReaders.Administrators);
    }
}
