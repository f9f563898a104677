using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Input of <c>revokeSharingGrant</c>.</summary>
public sealed record RevokeSharingGrantInput(string GrantId, int Version, string Reason);

public sealed class RevokeSharingGrantInputGraphType : InputObjectGraphType<RevokeSharingGrantInput>
{
    public RevokeSharingGrantInputGraphType()
    {
        Name = "RevokeSharingGrantInput";
        Description = "A grant to end now, and why.";
        Field<NonNullGraphType<IdGraphType>>("grantId").Description("Global id of the grant.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The grant's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the grant ends; recorded in the audit trail.");
        this.ReadableBy(Access.Inherited);
    }
}
