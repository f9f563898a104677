using GraphQL.Types;
using InfoGov.Api.Authorization;

namespace InfoGov.Api.DataSharing;

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
