using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class VendorGraphType : ObjectGraphType<Vendor>
{
    public VendorGraphType()
    {
        Name = "Vendor";
        Description = "A firm in the city's register of vendors (contractors, construction supervisors, consultants). Restricted: contracts and vendors.";
        this.IsNode();
        Field(v => v.Code).Description("The register's code, e.g. GYS-0001.");
        Field(v => v.Name).Description("The firm's registered name.");
        Field(v => v.CreditCode).Description("Unified social credit code (统一社会信用代码), 18 characters.");
        Field(v => v.Kind, type: typeof(NonNullGraphType<VendorKindGraphType>)).Description("What the firm does for projects.");
        Field(v => v.RegisteredAt).Description("When the office entered it in the register.");
        Field(v => v.IsActive).Description("On the active register: tenders may be awarded to it and contracts signed with it.");
        Field(v => v.RetiredOn, nullable: true).Description("When the office took it off the active register; null while active.");
        Field(v => v.RetirementReason, nullable: true).Description("Why it left the register.");
        Field(v => v.Version).Description("Concurrency version; changes with every edit.");
        // A firm's contracts across the city are for finance and the office; a department reads its own through its projects.
        this.Connection<Vendor, ContractGraphType>("contracts", "The firm's contracts with every department, latest first: for finance and the office.").ReadableBy(Readers.FundManagers)
            .ResolveBatched(ctx => ctx.Loaders().Children<Contract>(nameof(Contract.VendorId), ctx.Source.Id, c => c.OrderByDescending(x => x.SignedOn)));
        this.ReadableBy(ProjectReaders.VendorRegister);
    }
}
