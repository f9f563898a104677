using GraphQL.Types;
using InfoGov.Api.Authorization;

namespace InfoGov.Api.DataSharing;

public sealed class SubmitSharingRequestInputGraphType : InputObjectGraphType<SubmitSharingRequestInput>
{
    public SubmitSharingRequestInputGraphType()
    {
        Name = "SubmitSharingRequestInput";
        Description = "A request for a conditional catalog entry, made for the caller's department.";
        Field<NonNullGraphType<StringGraphType>>("resourceCode").Description("Catalog code of the entry.");
        Field<NonNullGraphType<StringGraphType>>("purpose").Description("What the data will be used for.");
        Field<NonNullGraphType<StringGraphType>>("legalBasis").Description("The legal basis of the request.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("itemIds").Description("Global ids of the data items needed.");
        Field<NonNullGraphType<DateOnlyGraphType>>("periodFrom").Description("First day the data is needed.");
        Field<NonNullGraphType<DateOnlyGraphType>>("periodUntil").Description("Last day the data is needed.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class DecideSharingRequestInputGraphType : InputObjectGraphType<DecideSharingRequestInput>
{
    public DecideSharingRequestInputGraphType()
    {
        Name = "DecideSharingRequestInput";
        Description = "The provider's answer: approve with the items and period granted (at most those asked for), or refuse with a reason.";
        Field<NonNullGraphType<IdGraphType>>("requestId").Description("Global id of the request.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The request's version; a stale version is refused with CONFLICT.");
        Field<NonNullGraphType<BooleanGraphType>>("approve").Description("True to approve and grant, false to refuse.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("itemIds").Description("Items granted; all those asked for when omitted.");
        Field<DateOnlyGraphType>("validFrom").Description("First day of the grant; the requested start when omitted.");
        Field<DateOnlyGraphType>("validUntil").Description("Last day of the grant; the requested end when omitted.");
        Field<StringGraphType>("reason").Description("Why the request is refused; required to refuse.");
        this.ReadableBy(Access.Inherited);
    }
}

public sealed class SharingRequestVersionInputGraphType : InputObjectGraphType<SharingRequestVersionInput>
{
    public SharingRequestVersionInputGraphType()
    {
        Name = "SharingRequestVersionInput";
        Description = "A sharing request and the version the action is based on.";
        Field<NonNullGraphType<IdGraphType>>("requestId").Description("Global id of the request.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The request's version; a stale version is refused with CONFLICT.");
        this.ReadableBy(Access.Inherited);
    }
}
