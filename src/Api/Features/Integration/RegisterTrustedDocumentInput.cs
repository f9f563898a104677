using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.Integration;

/// <summary>Input of <c>registerTrustedDocument</c>.</summary>
public sealed record RegisterTrustedDocumentInput(string Name, string OwnerApp, string Document);

public sealed class RegisterTrustedDocumentInputGraphType : InputObjectGraphType<RegisterTrustedDocumentInput>
{
    public RegisterTrustedDocumentInputGraphType()
    {
        Name = "RegisterTrustedDocumentInput";
        Description = "A document to register for an application.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("A name for it, e.g. the dashboard panel it feeds.");
        Field<NonNullGraphType<StringGraphType>>("ownerApp").Description("The application it is for (its client id).");
        Field<NonNullGraphType<StringGraphType>>("document").Description("The GraphQL document, exactly as the client will hash it.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>removeTrustedDocument</c>.</summary>
public sealed record RemoveTrustedDocumentInput(string Id);

public sealed class RemoveTrustedDocumentInputGraphType : InputObjectGraphType<RemoveTrustedDocumentInput>
{
    public RemoveTrustedDocumentInputGraphType()
    {
        Name = "RemoveTrustedDocumentInput";
        Description = "A registered document to remove.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The document's id.");
        this.ReadableBy(Access.Inherited);
    }
}
