using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Input of <c>decideSharingRequest</c>: approve (with the items and period granted) or refuse with a reason.</summary>
public sealed record DecideSharingRequestInput(string RequestId, int Version, bool Approve, List<string>? ItemIds, DateOnly? ValidFrom, DateOnly? ValidUntil, string? Reason);

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
