using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Policy;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class TenderGraphType : ObjectGraphType<Tender>
{
    public TenderGraphType()
    {
        Name = "Tender";
        Description = "A procurement round of a project.";
        this.IsNode();
        Field(t => t.Title).Description("Title of the procurement.");
        Field(t => t.Method, type: typeof(NonNullGraphType<TenderMethodGraphType>)).Description("How suppliers were selected.");
        Field(t => t.PublishedOn).Description("When the procurement was published.");
        Field(t => t.AwardedOn, nullable: true).Description("When it was awarded; null while open.");
        Field(t => t.WinningVendor, nullable: true).ReadableBy(Readers.MoneyAndContracts).Description("The vendor awarded. Restricted: contracts and vendors.");
        Field<VendorGraphType>("registeredWinner").ReadableBy(Readers.MoneyAndContracts).Description("The winner in the register; null while not awarded and for tenders recorded before the register existed. Restricted: contracts and vendors.")
            .Resolve(ctx => ctx.Loaders().ById<Vendor>(ctx.Source.WinningVendorId));
        Field(t => t.BidCount).Description("Number of bids received.");
        Field(t => t.Version).Description("Concurrency version; changes with every edit.");
        Field<ProjectGraphType>("project").Description("The project. Null when the caller may not see the project.")
            .Resolve(ctx => ctx.Loaders().ById<Project>(ctx.Source.ProjectId));
        this.ReadableBy(Readers.Government);
    }
}
