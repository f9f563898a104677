using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Shared;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>signContract</c>.</summary>
public sealed record SignContractInput(string ProjectId, string? TenderId, string Number, string? VendorId, MoneyInput Amount, DateOnly SignedOn,
    string? ExemptionId = null, string? Vendor = null);

public sealed class SignContractInputGraphType : InputObjectGraphType<SignContractInput>
{
    public SignContractInputGraphType()
    {
        Name = "SignContractInput";
        Description = "A contract signed by the department leader, or by the information manager under a valid contract-signing delegation.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<IdGraphType>("tenderId").Description("Global id of the awarded tender of the project the contract follows; without it, exemptionId (else TENDER_REQUIRED).");
        Field<IdGraphType>("exemptionId").Description("Global id of the unused tender exemption the office granted for the project, when there was no tender.");
        Field<NonNullGraphType<StringGraphType>>("number").Description("Contract number, unique.");
        Field<IdGraphType>("vendorId").Description("Global id of the vendor in the register (registerVendor); required. When the tender names its winner, the same vendor.");
        Field<StringGraphType>("vendor").Description("The vendor's name as free text: no longer accepted; name the registered vendor with vendorId.")
            .DeprecationReason("Contracts name a vendor of the register: use vendorId.");
        Field<NonNullGraphType<MoneyInputGraphType>>("amount").Description("Contract amount.");
        Field<NonNullGraphType<DateOnlyGraphType>>("signedOn").Description("When it was signed.");
        this.ReadableBy(Access.Inherited);
    }
}
