using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class TenderExemptionGraphType : ObjectGraphType<TenderExemption>
{
    public TenderExemptionGraphType()
    {
        Name = "TenderExemption";
        Description = "The office's leave to sign one contract of a project without a tender, up to a ceiling, with its reason. Restricted: contracts and vendors.";
        this.IsNode();
        Field(e => e.Reason).Description("Why no tender: a single source, an emergency, a continuation of an existing system...");
        Field<NonNullGraphType<MoneyGraphType>>("ceiling").Description("The most the contract signed under it may be worth.").Resolve(ctx => ctx.Source.Ceiling);
        Field(e => e.GrantedBy).Description("Who granted it, for the office.");
        Field(e => e.GrantedAt).Description("When.");
        Field(e => e.Version).Description("Concurrency version; changes with every edit.");
        Field<ContractGraphType>("contract").Description("The contract signed under it; null while unused.")
            .Resolve(ctx => ctx.Loaders().ById<Contract>(ctx.Source.ContractId));
        Field<ProjectGraphType>("project").Description("The project. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.MoneyAndContracts);
    }
}
