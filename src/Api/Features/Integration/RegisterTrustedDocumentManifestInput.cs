using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Integration;

/// <summary>Input of <c>registerTrustedDocumentManifest</c>.</summary>
public sealed record RegisterTrustedDocumentManifestInput(string OwnerApp, string Manifest);

public sealed class RegisterTrustedDocumentManifestInputGraphType : InputObjectGraphType<RegisterTrustedDocumentManifestInput>
{
    public RegisterTrustedDocumentManifestInputGraphType()
    {
        Name = "RegisterTrustedDocumentManifestInput";
        Description = "An Apollo persisted-query manifest to register for an application.";
        Field<NonNullGraphType<StringGraphType>>("ownerApp").Description("The application its documents are for (its client id).");
        Field<NonNullGraphType<StringGraphType>>("manifest")
            .Description("The manifest's JSON text, as @apollo/generate-persisted-query-manifest writes it. Each operation's body is registered as written there (with the __typename fields Apollo Client adds), under its name; its id must be the SHA-256 of the body.");
        this.ReadableBy(Access.Inherited);
    }
}
