using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Input of <c>submitSharingRequest</c>.</summary>
public sealed record SubmitSharingRequestInput(string ResourceCode, string Purpose, string LegalBasis, List<string> ItemIds, DateOnly PeriodFrom, DateOnly PeriodUntil);

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
