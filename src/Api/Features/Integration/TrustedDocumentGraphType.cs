using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Relay;
using InfoGov.Domain.Integration;

namespace InfoGov.Api.Features.Integration;

public sealed class TrustedDocumentGraphType : ObjectGraphType<TrustedDocument>
{
    public TrustedDocumentGraphType()
    {
        Name = "TrustedDocument";
        Description = "A GraphQL document an administrator registered for an application. Clients send its hash instead of its text (Apollo's persisted-query link does); where GraphQL:TrustedDocumentsOnlyForApps is on, application callers may run registered documents only.";
        this.IsNode();
        Field(d => d.Hash).Description("Lower-case hex SHA-256 of the document's UTF-8 text: what a client sends as extensions.persistedQuery.sha256Hash.");
        Field(d => d.Name).Description("The name the administrator gave it, e.g. the dashboard panel it feeds.");
        Field(d => d.OwnerApp).Description("The application it was registered for (its client id).");
        Field(d => d.Text).Description("The document.");
        Field(d => d.RegisteredAt).Description("When it was registered.");
        Field(d => d.RegisteredBy).Description("Who registered it.");
        this.ReadableBy(IntegrationReaders.Administrators);
    }
}
