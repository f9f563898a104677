using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

/// <summary>Input of <c>registerVendor</c>.</summary>
public sealed record RegisterVendorInput(string Name, string CreditCode, VendorKind Kind);

public sealed class RegisterVendorInputGraphType : InputObjectGraphType<RegisterVendorInput>
{
    public RegisterVendorInputGraphType()
    {
        Name = "RegisterVendorInput";
        Description = "A firm entered in the register of vendors.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("The firm's registered name (up to 200 characters).");
        Field<NonNullGraphType<StringGraphType>>("creditCode").Description("Its unified social credit code: 18 characters with a valid check character; one registration per firm.");
        Field<NonNullGraphType<VendorKindGraphType>>("kind").Description("What the firm does for projects.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>grantTenderExemption</c>.</summary>
public sealed record GrantTenderExemptionInput(string ProjectId, string Reason, MoneyInput Ceiling);

public sealed class GrantTenderExemptionInputGraphType : InputObjectGraphType<GrantTenderExemptionInput>
{
    public GrantTenderExemptionInputGraphType()
    {
        Name = "GrantTenderExemptionInput";
        Description = "The office's leave to sign one contract of a project under way without a tender.";
        Field<NonNullGraphType<IdGraphType>>("projectId").Description("Global id of the project.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why no tender (up to 1,000 characters).");
        Field<NonNullGraphType<MoneyInputGraphType>>("ceiling").Description("The most the contract may be worth; within the approved budget.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>reviseVendor</c>.</summary>
public sealed record ReviseVendorInput(string Id, int Version, string Name, VendorKind Kind);

public sealed class ReviseVendorInputGraphType : InputObjectGraphType<ReviseVendorInput>
{
    public ReviseVendorInputGraphType()
    {
        Name = "ReviseVendorInput";
        Description = "A registered firm's new name or kind of work; its credit code stays.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The vendor.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version read.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The registered name (up to 200 characters).");
        Field<NonNullGraphType<VendorKindGraphType>>("kind").Description("What the firm does for projects.");
        this.ReadableBy(Access.Inherited);
    }
}

/// <summary>Input of <c>retireVendor</c> and <c>reinstateVendor</c>.</summary>
public sealed record VendorStandingInput(string Id, int Version, string? Reason);

public sealed class VendorStandingInputGraphType : InputObjectGraphType<VendorStandingInput>
{
    public VendorStandingInputGraphType()
    {
        Name = "VendorStandingInput";
        Description = "A vendor taken off the active register (with the reason) or put back on it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The vendor.");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version read.");
        Field<StringGraphType>("reason").Description("Why it leaves the register (retireVendor; required there): dissolved, barred...");
        this.ReadableBy(Access.Inherited);
    }
}
