using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>recordTender</c>.</summary>
public sealed record RecordTenderInput(string ProjectId, string Title, TenderMethod Method, DateOnly PublishedOn, DateOnly? AwardedOn, string? WinningVendorId, int? BidCount,
    string? WinningVendor = null);

public sealed class RecordTenderInputGraphType : InputObjectGraphType<RecordTenderInput>
{
    public RecordTenderInputGraphType()
    {
        Name = "RecordTenderInput";
        Description = "A procurement round of a project under way.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<StringGraphType>>("title").Description("Title of the procurement.");
        Field<NonNullGraphType<TenderMethodGraphType>>("method").Description("How suppliers are selected.");
        Field<NonNullGraphType<DateOnlyGraphType>>("publishedOn").Description("When the procurement was published.");
        Field<DateOnlyGraphType>("awardedOn").Description("When it was awarded, if it was.");
        Field<IdGraphType>("winningVendorId").Description("Global id of the registered vendor awarded; given with awardedOn, and only then.");
        Field<StringGraphType>("winningVendor").Description("The vendor awarded as free text: no longer accepted; name the registered vendor with winningVendorId.")
            .DeprecationReason("Tenders name a vendor of the register: use winningVendorId.");
        Field<IntGraphType>("bidCount").Description("Number of bids received.");
        this.ReadableBy(Access.Inherited);
    }
}
