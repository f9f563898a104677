using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Input of <c>withdrawSharingRequest</c> and <c>escalateSharingRequest</c>.</summary>
public sealed record SharingRequestVersionInput(string RequestId, int Version);

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
