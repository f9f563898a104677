using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Shared;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>signContract</c>.</summary>
public sealed record SignContractInput(string ProjectId, string? TenderId, string Number, string Vendor, MoneyInput Amount, DateOnly SignedOn);

public sealed class SignContractInputGraphType : InputObjectGraphType<SignContractInput>
{
    public SignContractInputGraphType()
    {
        Name = "SignContractInput";
        Description = "A contract signed by the department leader, or by the information manager under a valid contract-signing delegation.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<IdGraphType>("tenderId").Description("Global id of the tender the contract comes from, if any.");
        Field<NonNullGraphType<StringGraphType>>("number").Description("Contract number, unique.");
        Field<NonNullGraphType<StringGraphType>>("vendor").Description("The vendor.");
        Field<NonNullGraphType<MoneyInputGraphType>>("amount").Description("Contract amount.");
        Field<NonNullGraphType<DateOnlyGraphType>>("signedOn").Description("When it was signed.");
        this.ReadableBy(Access.Inherited);
    }
}
