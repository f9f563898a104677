using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Leadership;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class ContractGraphType : ObjectGraphType<Contract>
{
    public ContractGraphType()
    {
        Name = "Contract";
        Description = "A contract with a vendor, signed by the department leader or by the information manager under a contract-signing delegation. Restricted: contracts and vendors.";
        this.IsNode();
        Field(c => c.Number).Description("Contract number.");
        Field(c => c.Vendor).Description("The vendor's name as it was when signed.");
        Field<VendorGraphType>("registeredVendor").Description("The vendor in the register; null for contracts recorded before the register existed.")
            .Resolve(ctx => ctx.Loaders().ById<Vendor>(ctx.Source.VendorId));
        Field<TenderExemptionGraphType>("exemption").Description("The office's tender exemption it was signed under; null when it followed a tender.")
            .Resolve(ctx => ctx.Loaders().ById<TenderExemption>(ctx.Source.ExemptionId));
        Field<NonNullGraphType<MoneyGraphType>>("amount").Description("Contract amount.").Resolve(ctx => ctx.Source.Amount);
        Field(c => c.SignedOn).Description("When the contract was signed.");
        Field(c => c.Version).Description("Concurrency version; changes with every edit.");
        Field<ProjectGraphType>("project").Description("The project. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        Field<TenderGraphType>("tender").Description("The procurement round the contract came from, if any.")
            .Resolve(ctx => ctx.Loaders().ById<Tender>(ctx.Source.TenderId));
        Field<NonNullGraphType<OfficialGraphType>>("signer").Description("The official who signed.")
            .Resolve(ctx => ctx.Loaders().ById<Official>(ctx.Source.SignerId));
        Field<DelegationGraphType>("delegation").Description("The delegation the signer acted under; null when the leader signed.")
            .Resolve(ctx => ctx.Loaders().ById<Delegation>(ctx.Source.DelegationId));
        this.ReadableBy(Readers.MoneyAndContracts);
    }
}
