using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Arguments of the <c>sharingRequests</c> list.</summary>
public sealed record SharingRequestFilter(
    List<SharingRequestStatus>? Statuses, string? ResourceCode, string? RequesterCode, string? ProviderCode, bool? IsOverdue = null);

public sealed class SharingRequestFilterInputGraphType : InputObjectGraphType<SharingRequestFilter>
{
    public SharingRequestFilterInputGraphType()
    {
        Name = "SharingRequestFilter";
        Description = "Narrows the sharing requests; all given conditions must hold.";
        Field<ListGraphType<NonNullGraphType<SharingRequestStatusGraphType>>>("statuses").Description("Only requests in one of these statuses.");
        Field<StringGraphType>("resourceCode").Description("Only requests for the resource with this code.");
        Field<StringGraphType>("requesterCode").Description("Only requests made by the department with this code.");
        Field<StringGraphType>("providerCode").Description("Only requests addressed to the department with this code (the resource's provider).");
        Field<BooleanGraphType>("isOverdue").Description("Only requests still pending after (true), or not after (false), their answer due date: the office's escalation list.");
        this.ReadableBy(Readers.Government);
    }
}
