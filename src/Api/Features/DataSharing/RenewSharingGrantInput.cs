using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Input of <c>renewSharingGrant</c>.</summary>
public sealed record RenewSharingGrantInput(string GrantId, int Version, DateOnly ValidUntil);

public sealed class RenewSharingGrantInputGraphType : InputObjectGraphType<RenewSharingGrantInput>
{
    public RenewSharingGrantInputGraphType()
    {
        Name = "RenewSharingGrantInput";
        Description = "A grant to extend, and its new last day.";
        Field<NonNullGraphType<IdGraphType>>("grantId").Description("Global id of the grant.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The grant's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<DateOnlyGraphType>>("validUntil").Description("The new last day: after the current one and not in the past.");
        this.ReadableBy(Access.Inherited);
    }
}
